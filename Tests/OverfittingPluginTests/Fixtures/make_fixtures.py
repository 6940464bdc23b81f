#!/usr/bin/env python3
"""Writes the reference numbers the overfitting plugin's tests compare with.

Run it from anywhere (numpy is the only requirement):

    python3 Tests/OverfittingPluginTests/Fixtures/make_fixtures.py

It writes polyfit.json beside itself:

- "polyfit": numpy's polyfit on fixed points for every degree from 0 to 15,
  with, for each fit, the exact least-squares coefficients computed in
  rational arithmetic (the normal equations solved with fractions, which are
  exact there) and how far numpy's answer is from them. The plugin must match
  numpy to 1e-8 relative: max |c - numpy| / max |numpy|.
- "lstsq": numpy's linalg.lstsq (minimum-norm least squares through the SVD)
  on over-determined, under-determined and rank-deficient matrices, with the
  cut-off (rcond) numpy used.
- "underdetermined": polynomials with more coefficients than points. Their
  answer depends on the basis the smallest coefficients are measured in; the
  plugin's rule (x scaled to [-1, 1], Vandermonde columns scaled to length 1,
  minimum norm, numpy's cut-off of len(x) * eps) is computed here by numpy's
  lstsq, independently of the Swift code.
- "ridge": the coefficients c (of x, highest power first) that minimise
  |V c - y|^2 + ridge * |c|^2, from numpy's lstsq on the stacked system
  [V; sqrt(ridge) I] c = [y; 0] in the plain powers of x.
"""
import json
import os
from fractions import Fraction

import numpy as np

rng = np.random.default_rng(20261130)
EPS = np.finfo(float).eps


def exact_polyfit(x, y, degree):
    """The least-squares coefficients, highest power first, in exact rational arithmetic."""
    xs = [Fraction(v) for v in x]
    ys = [Fraction(v) for v in y]
    n = degree + 1
    powers = [[xv ** k for k in range(2 * n - 1)] for xv in xs]
    gram = [[sum(p[j + k] for p in powers) for k in range(n)] for j in range(n)]
    rhs = [sum(p[j] * yv for p, yv in zip(powers, ys)) for j in range(n)]
    # Gauss-Jordan elimination; exact, so no pivoting for size is needed, only for zeros.
    for col in range(n):
        pivot = next(r for r in range(col, n) if gram[r][col] != 0)
        gram[col], gram[pivot] = gram[pivot], gram[col]
        rhs[col], rhs[pivot] = rhs[pivot], rhs[col]
        for r in range(n):
            if r != col and gram[r][col] != 0:
                f = gram[r][col] / gram[col][col]
                gram[r] = [a - f * b for a, b in zip(gram[r], gram[col])]
                rhs[r] -= f * rhs[col]
    ascending = [rhs[k] / gram[k][k] for k in range(n)]
    return [float(c) for c in reversed(ascending)]


def relative(a, b):
    a, b = np.asarray(a), np.asarray(b)
    return float(np.max(np.abs(a - b)) / np.max(np.abs(b)))


def polyfit_cases():
    sets = {
        "evenly spaced on [-1, 1], a noisy sine": np.linspace(-1, 1, 20),
        "random on [-1, 1], a noisy cubic": rng.uniform(-1, 1, 20),
        "random on [0, 2], a noisy cubic": rng.uniform(0, 2, 20),
    }
    cases = []
    for name, x in sets.items():
        curve = np.sin(2.5 * x) if "sine" in name else 4 * x**3 - 3 * x
        y = curve + 0.1 * rng.standard_normal(x.size)
        for degree in range(16):
            numpy_fit = np.polyfit(x, y, degree)
            exact = exact_polyfit(x, y, degree)
            cases.append({
                "name": name, "degree": degree, "x": x.tolist(), "y": y.tolist(),
                "numpy": numpy_fit.tolist(), "exact": exact,
                "numpy_error": relative(numpy_fit, exact),
            })
    return cases


def lstsq_cases():
    shapes = [
        ("over-determined", rng.standard_normal((12, 5))),
        ("under-determined", rng.standard_normal((4, 9))),
        ("square", rng.standard_normal((6, 6))),
    ]
    base = rng.standard_normal((10, 3))
    shapes.append(("rank-deficient (rank 3 of 6 columns)", base @ rng.standard_normal((3, 6))))
    cases = []
    for name, a in shapes:
        b = rng.standard_normal(a.shape[0])
        rcond = EPS * max(a.shape)
        solution, _, rank, singular = np.linalg.lstsq(a, b, rcond=rcond)
        cases.append({
            "name": name, "columns": a.T.tolist(), "b": b.tolist(), "rcond": rcond,
            "solution": solution.tolist(), "rank": int(rank), "singular_values": sorted(singular.tolist(), reverse=True),
        })
    return cases


def plugin_rule_fit(x, y, degree):
    """The plugin's rule for a fit, written with numpy: see the module's documentation."""
    low, high = x.min(), x.max()
    center = (low + high) / 2
    half = (high - low) / 2 if high > low else 1.0
    t = (x - center) / half
    v = np.vander(t, degree + 1, increasing=True)
    scale = np.sqrt((v * v).sum(axis=0))
    scale[scale == 0] = 1
    z, _, rank, _ = np.linalg.lstsq(v / scale, y, rcond=x.size * EPS)
    a = z / scale
    # Coefficients of x: expand sum a_k ((x - center) / half)^k.
    poly = np.polynomial.Polynomial([0.0])
    step = np.polynomial.Polynomial([-center / half, 1 / half])
    for k in reversed(range(degree + 1)):
        poly = poly * step + a[k]
    ascending = np.zeros(degree + 1)
    ascending[: len(poly.coef)] = poly.coef
    return ascending[::-1], int(rank)


def underdetermined_cases():
    cases = []
    x = np.array([-0.9, -0.35, 0.1, 0.5, 0.8, 1.0])
    y = 4 * x**3 - 3 * x + 0.2 * rng.standard_normal(x.size)
    for degree in (6, 9, 12):
        coefs, rank = plugin_rule_fit(x, y, degree)
        cases.append({"name": f"6 points, degree {degree}", "degree": degree, "x": x.tolist(), "y": y.tolist(),
                      "coefs": coefs.tolist(), "rank": rank})
    repeated = np.array([0.0, 0.0, 1.0, 1.0, 2.0, 2.0, 2.0])
    values = np.array([1.0, 1.2, 0.3, 0.5, 2.0, 2.1, 1.9])
    coefs, rank = plugin_rule_fit(repeated, values, 4)
    cases.append({"name": "7 points at 3 different x, degree 4", "degree": 4, "x": repeated.tolist(), "y": values.tolist(),
                  "coefs": coefs.tolist(), "rank": rank})
    return cases


def ridge_cases():
    cases = []
    x = rng.uniform(-1, 1, 15)
    y = 4 * x**3 - 3 * x + 0.3 * rng.standard_normal(x.size)
    for degree in (3, 9):
        for ridge in (1e-6, 1e-3, 0.1, 10.0):
            v = np.vander(x, degree + 1)  # highest power first, as the coefficients
            stacked = np.vstack([v, np.sqrt(ridge) * np.eye(degree + 1)])
            target = np.concatenate([y, np.zeros(degree + 1)])
            coefs = np.linalg.lstsq(stacked, target, rcond=None)[0]
            cases.append({"degree": degree, "ridge": ridge, "x": x.tolist(), "y": y.tolist(), "coefs": coefs.tolist()})
    return cases


fixtures = {
    "numpy": np.__version__,
    "polyfit": polyfit_cases(),
    "lstsq": lstsq_cases(),
    "underdetermined": underdetermined_cases(),
    "ridge": ridge_cases(),
}
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "polyfit.json")
with open(path, "w") as out:
    json.dump(fixtures, out, indent=1)
    out.write("\n")
worst = max(case["numpy_error"] for case in fixtures["polyfit"])
print(f"wrote {path}: numpy's polyfit is within {worst:.1e} of the exact coefficients")
