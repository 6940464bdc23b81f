"""micrograd's demo, written by hand in NumPy: forward and backward of the
whole batch as matrix products.

    python micrograd_demo_numpy.py [--repeat N] [--steps N]

The same data, network, loss and schedule as micrograd_demo_micrograd.py,
and the same first weights (see demo_data.py), so it prints the same loss:
relu hidden layers, a linear output, max-margin loss
mean(relu(1 - y*score)) + 1e-4 * sum(p*p) over all weights and biases, 100
full-batch SGD steps with learning rate 1.0 - 0.9*k/100. Float64.

Prints key=value lines: the last step's loss, the accuracy of the trained
network, and train_seconds, the time of the training loop alone (best of
--repeat runs, each from the same first weights).
"""

import argparse

import numpy as np

import common as dd


def scores_of(layers, x):
    """Forward pass; returns the scores and what the backward pass needs."""
    activations = [x]
    h = x
    for w, b in layers[:-1]:
        h = np.maximum(h @ w + b, 0.0)
        activations.append(h)
    w, b = layers[-1]
    return (h @ w + b)[:, 0], activations


def step(layers, x, y, lr):
    """One SGD step in place; returns the loss before the update."""
    n = len(y)
    scores, activations = scores_of(layers, x)
    margins = 1.0 - y * scores
    active = margins > 0.0
    l2 = sum(np.sum(w * w) + np.sum(b * b) for w, b in layers)
    loss = np.sum(margins[active]) / n + dd.ALPHA * l2
    # d loss / d score: -y/n where the margin is positive, 0 elsewhere.
    grad = np.where(active, -y / n, 0.0)[:, None]
    for i in range(len(layers) - 1, -1, -1):
        w, b = layers[i]
        below = activations[i]
        grad_w = below.T @ grad + (2 * dd.ALPHA) * w
        grad_b = grad.sum(axis=0) + (2 * dd.ALPHA) * b
        if i > 0:
            grad = (grad @ w.T) * (below > 0.0)
        w -= lr * grad_w
        b -= lr * grad_b
    return float(loss)


def train(x, y, steps):
    layers = dd.micrograd_weights()
    loss = float("nan")
    start = dd.clock()
    for k in range(steps):
        loss = step(layers, x, y, dd.learning_rate(k, steps))
    seconds = dd.clock() - start
    scores, _ = scores_of(layers, x)
    accuracy = float(np.mean((scores > 0) == (y > 0)))
    return seconds, (loss, accuracy)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--steps", type=int, default=dd.STEPS)
    args = parser.parse_args()
    x, y = dd.moons()
    (loss, accuracy), times = dd.time_repeats(lambda: train(x, y, args.steps), args.repeat)
    dd.report(times, loss=f"{loss:.10f}", accuracy=accuracy, steps=args.steps)


if __name__ == "__main__":
    main()
