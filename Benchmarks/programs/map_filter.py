# Closures called from the standard library's map and filter.
xs = list(range(100000))
ys = list(map(lambda x: x*x, xs))
zs = list(filter(lambda y: y % 3 == 0, ys))
print(len(zs), sum(zs))
