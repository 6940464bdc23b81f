"""micrograd's demo (demo.ipynb), run with micrograd itself (PyPI `micrograd`).

    python micrograd_demo_micrograd.py [--gc MODE] [--no-gc] [--repeat N] [--steps N]

Moons (100 points, noise 0.1), MLP(2, [16, 16, 1]), max-margin loss
mean(relu(1 - y*score)) + 1e-4 * sum(p*p), 100 full-batch SGD steps with
learning rate 1.0 - 0.9*k/100, as the demo does them: every step turns the
inputs into Values, runs the network point by point, zeroes the gradients,
backpropagates and updates.

micrograd's graph is made of reference cycles (every node's _backward closure
holds its node), so only Python's cyclic collector frees it, and how that
collector runs decides most of the time. --gc chooses:

  collect       (default) the automatic collector off during the loop, and
                after every step the step's graph dropped and gc.collect()
                called: the "gc.collect() each step" run of the issue
  auto          Python's collector as it is by default, no gc.collect():
                its automatic runs walk the ever larger live graph while a
                step builds it (--no-gc means this)
  auto+collect  the automatic collector on and gc.collect() after each step

Prints key=value lines: the last step's loss, the accuracy of the trained
network, and train_seconds, the time of the training loop alone (best of
--repeat runs; each run starts again from the same seed).
"""

import argparse
import gc
import random

from micrograd.engine import Value
from micrograd.nn import MLP

import common as dd


def forward(model, points, labels):
    """The demo's loss: hinge on every point, averaged, plus L2 of all parameters."""
    inputs = [[Value(a) for a in row] for row in points]
    scores = [model(row) for row in inputs]
    margins = [(1 + -label * score).relu() for label, score in zip(labels, scores)]
    data_loss = sum(margins) * (1.0 / len(margins))
    l2 = dd.ALPHA * sum(p * p for p in model.parameters())
    hits = [(label > 0) == (score.data > 0) for label, score in zip(labels, scores)]
    return data_loss + l2, sum(hits) / len(hits)


def step(model, params, points, labels, lr):
    """One step of the demo; returns the loss before the update, as a float."""
    loss, _ = forward(model, points, labels)
    model.zero_grad()
    loss.backward()
    for p in params:
        p.data -= lr * p.grad
    return loss.data  # the graph is garbage once this returns


def train(points, labels, steps, mode):
    random.seed(dd.SEED)
    model = MLP(2, [16, 16, 1])
    params = model.parameters()
    collect = mode in ("collect", "auto+collect")
    gc.collect()
    if mode == "collect":
        gc.disable()
    loss = float("nan")
    start = dd.clock()
    for k in range(steps):
        loss = step(model, params, points, labels, dd.learning_rate(k, steps))
        if collect:
            gc.collect()
    seconds = dd.clock() - start
    gc.enable()
    gc.collect()
    _, accuracy = forward(model, points, labels)
    return seconds, (loss, accuracy)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gc", choices=["collect", "auto", "auto+collect"], default="collect")
    parser.add_argument("--no-gc", action="store_const", dest="gc", const="auto",
                        help="the same as --gc auto")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--steps", type=int, default=dd.STEPS)
    args = parser.parse_args()
    points, labels = dd.moons()
    points, labels = points.tolist(), labels.tolist()
    (loss, accuracy), times = dd.time_repeats(
        lambda: train(points, labels, args.steps, args.gc), args.repeat)
    dd.report(times, loss=f"{loss:.10f}", accuracy=accuracy, steps=args.steps, gc=args.gc)


if __name__ == "__main__":
    main()
