# String work: building, splitting, joining, replacing and searching.


def main():
    parts = []
    for i in range(40000):
        parts.append("item" + str(i % 977) + ":" + str(i * 7 % 1000))
    text = ",".join(parts)
    checksum = 0
    for round_ in range(4):
        fields = text.split(",")
        out = []
        for f in fields:
            name, value = f.split(":")
            if value.startswith("1"):
                out.append(name.upper() + "=" + value)
            else:
                out.append(name + "=" + value[::-1])
        joined = ";".join(out)
        joined = joined.replace("item", "it").replace("=0", "=zero")
        checksum += len(joined) + joined.count("ITEM") + joined.find("it976=")
        text = joined.replace(";", ",").replace("=", ":")
    print("string checksum:", checksum, len(text))


main()
