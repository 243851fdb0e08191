from collections import Counter
text = """the quick brown fox jumps over the lazy dog the dog barks and the fox runs
away from the dog while the quick bird sings over the lazy river"""
words = text.split()
c = Counter(words)
print(c.most_common(5))
print(c['the'], c['cat'], c.total(), len(c))
letters = Counter(text.replace(' ', '').replace('\n', ''))
print(letters.most_common(6))
print(sorted((letters & Counter('aeiou' * 3)).items()))
bigrams = Counter(zip(words, words[1:]))
print(bigrams.most_common(3))
