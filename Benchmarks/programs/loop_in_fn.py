# The same scalar loop inside a function (local variables).
def total(n):
    s = 0.0
    for i in range(n):
        s = s + i*i
    return s
print(total(1000000))
