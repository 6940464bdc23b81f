"""A 784-256-10 network's training step on 1,024 random samples, in NumPy.

    python bigger_numpy.py [--steps N] [--repeat N]

Inputs: a 1024x784 matrix of standard normal numbers (RandomState(1));
labels 0..9 as i % 10 for sample i; the network: relu on the 256 hidden
units, 10 logits; loss: softmax cross-entropy, averaged; first weights and
biases uniform in ±1/sqrt(fan_in); plain SGD, learning rate 0.1. A step is
the forward pass, the backward pass (no gradient for the inputs) and the
update. Float64.

The loop runs --steps steps (10); train_seconds is its time (best of
--repeat runs, each from the same first weights), step_seconds that time
divided by the steps, and gflops the five matrix products of a step
(2*m*k*n each, 837.8 million flops in all) divided by step_seconds: the rate
of the whole step, everything else counted as overhead. Prints key=value
lines, with NumPy's BLAS and its number of threads (OPENBLAS_NUM_THREADS=1
gives the single-threaded rate).
"""

import argparse

import numpy as np

import common as dd

N, D, H, C = 1024, 784, 256, 10
LR = 0.1
# forward x@w1, h@w2; backward h.T@g, g@w2.T, x.T@gh
STEP_FLOPS = 2 * (N * D * H + N * H * C + H * N * C + N * C * H + D * N * H)


def data():
    rng = np.random.RandomState(1)
    x = rng.standard_normal((N, D))
    labels = np.arange(N) % C
    return x, labels


def first_weights():
    rng = np.random.RandomState(2)
    layers = []
    for fan_in, fan_out in ((D, H), (H, C)):
        bound = 1.0 / np.sqrt(fan_in)
        layers.append((rng.uniform(-bound, bound, (fan_in, fan_out)),
                       rng.uniform(-bound, bound, fan_out)))
    return layers


def step(layers, x, labels):
    """One SGD step in place; returns the loss before the update."""
    (w1, b1), (w2, b2) = layers
    n = len(labels)
    pre = x @ w1 + b1
    h = np.maximum(pre, 0.0)
    logits = h @ w2 + b2
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_norm = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_probs = shifted - log_norm
    rows = np.arange(n)
    loss = -log_probs[rows, labels].mean()
    grad = np.exp(log_probs)
    grad[rows, labels] -= 1.0
    grad /= n
    grad_w2 = h.T @ grad
    grad_b2 = grad.sum(axis=0)
    grad_h = (grad @ w2.T) * (pre > 0.0)
    grad_w1 = x.T @ grad_h
    grad_b1 = grad_h.sum(axis=0)
    w1 -= LR * grad_w1
    b1 -= LR * grad_b1
    w2 -= LR * grad_w2
    b2 -= LR * grad_b2
    return float(loss)


def train(x, labels, steps):
    layers = first_weights()
    loss = float("nan")
    start = dd.clock()
    for _ in range(steps):
        loss = step(layers, x, labels)
    seconds = dd.clock() - start
    (w1, b1), (w2, b2) = layers
    logits = np.maximum(x @ w1 + b1, 0.0) @ w2 + b2
    accuracy = float(np.mean(logits.argmax(axis=1) == labels))
    return seconds, (loss, accuracy)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    x, labels = data()
    (loss, accuracy), times = dd.time_repeats(lambda: train(x, labels, args.steps), args.repeat)
    step_seconds = min(times) / max(1, args.steps)
    dd.report(times, loss=f"{loss:.10f}", accuracy=accuracy, steps=args.steps,
              step_seconds=f"{step_seconds:.6f}", step_flops=STEP_FLOPS,
              gflops=f"{STEP_FLOPS / step_seconds / 1e9:.2f}", **dd.blas_info())


if __name__ == "__main__":
    main()
