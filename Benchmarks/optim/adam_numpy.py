"""One Adam step over many parameters in numpy, timed in process.

    python3 adam_numpy.py [--size N] [--steps N] [--repeat N] [--style written|inplace]

The same update as the optimizers plugin's Adam (PyTorch's pseudo-code, lr
1e-3, betas (0.9, 0.999), eps 1e-8), on the same parameter and gradient as
optim-bench. Two ways to write it:

  written  the pseudo-code as numpy expressions (a new array per operation)
  inplace  every operation into existing arrays (out=, *=, +=): one temporary,
           as PyTorch's own "foreach" implementation works

A first step is taken untimed. Prints, like optim-bench:

  optimizer=adam-numpy-STYLE size=N best_ms=... median_ms=... checksum=...
"""

import argparse
import time

import numpy as np


def written(theta, g, m, v, t, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m = beta1 * m + (1 - beta1) * g
    v = beta2 * v + (1 - beta2) * g ** 2
    m_hat = m / (1 - beta1 ** t)
    v_hat = v / (1 - beta2 ** t)
    theta = theta - lr * m_hat / (np.sqrt(v_hat) + eps)
    return theta, m, v


def inplace(theta, g, m, v, t, scratch, lr=1e-3, beta1=0.9, beta2=0.999, eps=1e-8):
    m *= beta1
    np.multiply(g, 1 - beta1, out=scratch)
    m += scratch
    v *= beta2
    np.multiply(g, g, out=scratch)
    scratch *= 1 - beta2
    v += scratch
    np.divide(v, 1 - beta2 ** t, out=scratch)
    np.sqrt(scratch, out=scratch)
    scratch += eps
    np.divide(m, scratch, out=scratch)
    scratch *= lr / (1 - beta1 ** t)
    theta -= scratch
    return theta, m, v


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--steps", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--style", choices=["written", "inplace"], default="written")
    options = parser.parse_args()

    n = options.size
    theta = (np.arange(n) % 1000) / 1000.0
    g = np.sin(np.arange(n, dtype=np.float64))
    m = np.zeros(n)
    v = np.zeros(n)
    scratch = np.empty(n)

    def step(t):
        nonlocal theta, m, v
        if options.style == "written":
            theta, m, v = written(theta, g, m, v, t)
        else:
            theta, m, v = inplace(theta, g, m, v, t, scratch)

    t = 1
    step(t)
    times = []
    for _ in range(options.repeat):
        start = time.perf_counter()
        for _ in range(options.steps):
            t += 1
            step(t)
        times.append((time.perf_counter() - start) * 1000 / options.steps)
    times.sort()
    print(f"optimizer=adam-numpy-{options.style} size={n} best_ms={times[0]} "
          f"median_ms={times[len(times) // 2]} checksum={float(np.sum(theta))}")


if __name__ == "__main__":
    main()
