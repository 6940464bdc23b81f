# Scalar loop at top level, as a learner would write it.
# 0.0, not 0: knobs numbers are doubles, so both sum in floating point and print the same.
s = 0.0
for i in range(1000000):
    s = s + i*i
print(s)
