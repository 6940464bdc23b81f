"""XOR with a 2-4-1 tanh network in NumPy, trained until it classifies all
four points right.

    python xor_numpy.py [--seed N] [--lr X] [--max-steps N] [--repeat N]

Inputs (0,0) (0,1) (1,0) (1,1), labels 0 1 1 0. The network: tanh on the 4
hidden units, a linear output read as a logit (class 1 when it is above 0);
loss: binary cross-entropy from the logit, averaged over the 4 points;
full-batch SGD with learning rate 0.5. First weights and biases uniform in
±1/sqrt(fan_in) (PyTorch's default), from RandomState(seed). Every step first
checks the step's own forward pass: once all four points are right, training
stops, so `steps` counts the updates it took. Float64.

Prints key=value lines: steps, the loss and accuracy of the last forward
pass, and train_seconds, the time of the training loop alone (best of
--repeat runs, each from the same first weights).
"""

import argparse

import numpy as np

import common as dd

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([0.0, 1.0, 1.0, 0.0])


def first_weights(seed, sizes=(2, 4, 1)):
    rng = np.random.RandomState(seed)
    layers = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        bound = 1.0 / np.sqrt(fan_in)
        w = rng.uniform(-bound, bound, size=(fan_in, fan_out))
        b = rng.uniform(-bound, bound, size=fan_out)
        layers.append([w, b])
    return layers


def train(seed, lr, max_steps):
    (w1, b1), (w2, b2) = first_weights(seed)
    n = len(Y)
    steps = 0
    start = dd.clock()
    while True:
        h = np.tanh(X @ w1 + b1)
        logits = (h @ w2 + b2)[:, 0]
        accuracy = float(np.mean((logits > 0.0) == (Y > 0.5)))
        if accuracy == 1.0 or steps == max_steps:
            break
        # d mean(bce) / d logit = (sigmoid(logit) - y) / n
        grad = ((1.0 / (1.0 + np.exp(-logits)) - Y) / n)[:, None]
        grad_w2 = h.T @ grad
        grad_b2 = grad.sum(axis=0)
        grad_h = (grad @ w2.T) * (1.0 - h * h)
        grad_w1 = X.T @ grad_h
        grad_b1 = grad_h.sum(axis=0)
        w1 -= lr * grad_w1
        b1 -= lr * grad_b1
        w2 -= lr * grad_w2
        b2 -= lr * grad_b2
        steps += 1
    seconds = dd.clock() - start
    # log(1 + exp(z)) - y*z, written to stay finite for large |z|
    loss = float(np.mean(np.logaddexp(0.0, logits) - Y * logits))
    return seconds, (steps, loss, accuracy)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--lr", type=float, default=0.5)
    parser.add_argument("--max-steps", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    (steps, loss, accuracy), times = dd.time_repeats(
        lambda: train(args.seed, args.lr, args.max_steps), args.repeat)
    dd.report(times, steps=steps, loss=f"{loss:.10f}", accuracy=accuracy,
              seconds_per_step=f"{min(times) / max(1, steps):.9f}")


if __name__ == "__main__":
    main()
