"""What the Python peers share: the data, first weights and hyperparameters of
the micrograd-demo benchmark, how a program reports its results, and what
NumPy computes with (blas_info).

The data are micrograd's demo.ipynb data: it seeds NumPy's global generator
with 1337 and draws `make_moons(n_samples=100, noise=0.1)` from scikit-learn.
`moons` below does the same work without scikit-learn: two half circles,
shuffled, plus Gaussian noise, from a `RandomState(1337)`, in the order
scikit-learn draws them, so the points are the demo's points.

The first weights are the ones `micrograd.nn.MLP(2, [16, 16, 1])` draws after
`random.seed(1337)`: for every layer, for every neuron, one
`random.uniform(-1, 1)` per input; biases 0. The NumPy and jax peers start
from these same numbers, so all three peers train the same network on the
same points and must print the same loss (up to rounding).
"""

import random
import statistics
import sys
import time

import numpy as np

SEED = 1337
N_POINTS = 100
NOISE = 0.1
SIZES = [2, 16, 16, 1]
STEPS = 100
ALPHA = 1e-4  # weight of the L2 term


def learning_rate(k, steps=STEPS):
    return 1.0 - 0.9 * k / steps


def moons(n=N_POINTS, noise=NOISE, seed=SEED):
    """n points on two interleaved half circles; labels -1 (upper) and +1 (lower)."""
    rng = np.random.RandomState(seed)
    n_upper = n // 2
    n_lower = n - n_upper
    t_upper = np.linspace(0.0, np.pi, n_upper)
    t_lower = np.linspace(0.0, np.pi, n_lower)
    x = np.concatenate([np.cos(t_upper), 1.0 - np.cos(t_lower)])
    y = np.concatenate([np.sin(t_upper), 1.0 - np.sin(t_lower) - 0.5])
    points = np.stack([x, y], axis=1)
    labels = np.concatenate([np.zeros(n_upper), np.ones(n_lower)])
    order = np.arange(n)
    rng.shuffle(order)
    points, labels = points[order], labels[order]
    points = points + rng.normal(scale=noise, size=points.shape)
    return points, labels * 2.0 - 1.0


def micrograd_weights(sizes=SIZES, seed=SEED):
    """[(W, b), ...] with W of shape (fan_in, fan_out): micrograd's first weights."""
    draw = random.Random(seed)
    layers = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        w = np.empty((fan_in, fan_out))
        for j in range(fan_out):
            for i in range(fan_in):
                w[i, j] = draw.uniform(-1.0, 1.0)
        layers.append((w, np.zeros(fan_out)))
    return layers


def time_repeats(train, repeats):
    """Runs train() `repeats` times; returns (its last result, [seconds, ...]).

    train() does its own set-up and returns (seconds of its training loop, result)."""
    times = []
    result = None
    for _ in range(max(1, repeats)):
        seconds, result = train()
        times.append(seconds)
    return result, times


def report(times, **values):
    """Prints key=value lines, then the best and median of the loop times."""
    for key, value in values.items():
        print(f"{key}={value}")
    print(f"train_seconds={min(times):.6f}")
    print(f"train_seconds_median={statistics.median(times):.6f}")
    print(f"repeats={len(times)}")
    sys.stdout.flush()


clock = time.perf_counter


def blas_info():
    """key=value pairs naming NumPy's BLAS and the threads it uses."""
    info = {}
    try:
        blas = np.show_config(mode="dicts")["Build Dependencies"]["blas"]
        info["blas"] = f"{blas.get('name', '?')} {blas.get('version', '')}".strip()
    except Exception:  # older NumPy: no dicts
        info["blas"] = "unknown"
    threads = None
    try:
        import ctypes
        with open("/proc/self/maps", encoding="utf-8") as f:
            paths = sorted({line.split()[-1] for line in f if "openblas" in line.lower()})
        for path in paths:
            lib = ctypes.CDLL(path)
            for name in ("scipy_openblas_get_num_threads64_", "openblas_get_num_threads64_",
                         "openblas_get_num_threads"):
                if hasattr(lib, name):
                    threads = getattr(lib, name)()
                    break
            if threads is not None:
                break
    except OSError:
        pass
    info["blas_threads"] = threads if threads is not None else "unknown"
    return info
