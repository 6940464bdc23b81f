"""NumPy's raw matrix-multiply rate for the products of a 784-256-10
training step on 1,024 samples (see bigger_numpy.py).

    python matmul_numpy.py [--min-runs N] [--min-seconds S]

For each shape m x k @ k x n, `a @ b` of two C-ordered float64 matrices of
standard normal numbers, timed over and over (at least --min-runs times and
--min-seconds seconds); the best time gives GFLOP/s = 2*m*k*n / time. Prints
key=value lines: gflops_MxKxN and seconds_MxKxN for every shape, then
gflops_step, the five products' flops over the sum of their best times, and
NumPy's BLAS with its number of threads (OPENBLAS_NUM_THREADS=1 gives the
single-threaded rate).
"""

import argparse

import numpy as np

import common as dd

# (m, k, n): the forward x@w1 and h@w2, then the backward h.T@g, g@w2.T, x.T@gh.
SHAPES = [(1024, 784, 256), (1024, 256, 10), (256, 1024, 10), (1024, 10, 256), (784, 1024, 256)]


def best_time(a, b, min_runs, min_seconds):
    a @ b  # warm-up: threads started, pages touched
    times = []
    start = dd.clock()
    while len(times) < min_runs or dd.clock() - start < min_seconds:
        t = dd.clock()
        a @ b
        times.append(dd.clock() - t)
    return min(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-runs", type=int, default=10)
    parser.add_argument("--min-seconds", type=float, default=0.3)
    args = parser.parse_args()
    rng = np.random.RandomState(3)
    total_flops = 0
    total_seconds = 0.0
    for m, k, n in SHAPES:
        a = rng.standard_normal((m, k))
        b = rng.standard_normal((k, n))
        seconds = best_time(a, b, args.min_runs, args.min_seconds)
        flops = 2 * m * k * n
        total_flops += flops
        total_seconds += seconds
        print(f"seconds_{m}x{k}x{n}={seconds:.7f}")
        print(f"gflops_{m}x{k}x{n}={flops / seconds / 1e9:.2f}")
    print(f"gflops_step={total_flops / total_seconds / 1e9:.2f}")
    for key, value in dd.blas_info().items():
        print(f"{key}={value}")


if __name__ == "__main__":
    main()
