from collections import ChainMap
defaults = {'color': 'red', 'user': 'guest', 'depth': 1}
env = {'user': 'admin'}
cli = {'depth': 5}
cfg = ChainMap(cli, env, defaults)
print(cfg['color'], cfg['user'], cfg['depth'], dict(cfg), len(cfg))
scope = ChainMap()
scope['x'] = 1
inner = scope.new_child()
inner['x'] = 2; inner['y'] = 3
print(inner['x'], scope['x'], inner.parents['x'], 'y' in scope, inner.maps)
print(sorted(inner.items()), sorted(inner.keys()), inner == {'x': 2, 'y': 3})
inner.maps.append({'z': 26}); print(inner['z'], len(inner))
