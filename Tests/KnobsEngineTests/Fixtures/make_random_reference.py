#!/usr/bin/env python3
"""Reference outputs for knobs's random generator, computed independently in Python.

SplitMix64 (Steele, Lea, Flood 2014) expands the seed; xoshiro256** (Blackman,
Vigna 2018) generates; uniform = top 53 bits * 2^-53; normals by the Marsaglia
polar method with math.log. Run: python3 make_random_reference.py > random_reference.json
"""
import json
import math

MASK = (1 << 64) - 1


def splitmix64(state):
    while True:
        state = (state + 0x9E3779B97F4A7C15) & MASK
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        yield z ^ (z >> 31)


def rotl(x, k):
    return ((x << k) | (x >> (64 - k))) & MASK


class Xoshiro256StarStar:
    def __init__(self, seed):
        expand = splitmix64(seed)
        self.s = [next(expand) for _ in range(4)]
        self.spare = None

    def next(self):
        s = self.s
        result = (rotl((s[1] * 5) & MASK, 7) * 9) & MASK
        t = (s[1] << 17) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 45)
        return result

    def uniform(self):
        return (self.next() >> 11) * 2.0 ** -53

    def normal(self):
        if self.spare is not None:
            value, self.spare = self.spare, None
            return value
        while True:
            u = 2 * self.uniform() - 1
            v = 2 * self.uniform() - 1
            s = u * u + v * v
            if 0 < s < 1:
                factor = math.sqrt(-2 * math.log(s) / s)
                self.spare = v * factor
                return u * factor


def main():
    sm = splitmix64(1234567)
    cases = []
    for seed in [0, 1, 42, 2**63, MASK]:
        raw = Xoshiro256StarStar(seed)
        uni = Xoshiro256StarStar(seed)
        nor = Xoshiro256StarStar(seed)
        cases.append({
            "seed": str(seed),
            "raw": [str(raw.next()) for _ in range(8)],
            "uniform": [uni.uniform() for _ in range(8)],
            "normal": [nor.normal() for _ in range(8)],
        })
    print(json.dumps({"splitmix64_seed_1234567": [str(next(sm)) for _ in range(3)], "cases": cases}, indent=1))


main()
