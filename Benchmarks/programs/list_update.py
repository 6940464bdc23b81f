xs = [0] * 100000
for i in range(100000):
    xs[i] = i * 2.0
r = {}
for i in range(20000):
    r[f"k{i}"] = i
print(f"{xs[99999]:g}", len(r))
