#!/usr/bin/env python3
"""Reference trajectories for the optimizers plugin, from numpy alone.

Each optimizer below is written from the pseudo-code in PyTorch's
documentation of torch.optim (SGD, Adagrad, RMSprop, Adam, AdamW; read from
the docstrings of torch 2.13), line for line, without looking at the Swift
code; Lion follows Algorithm 2 of Chen et al., "Symbolic Discovery of
Optimization Algorithms" (2023), as PyTorch has no Lion.

A case is an optimizer with some options, run for STEPS steps on three
parameter tensors (shapes [4], [2, 2] and []) of a fixed loss (a maximize case
climbs -L instead, the same way):

    L = sum_k a_k/2 (p_k - c_k)^2                    for the first tensor
      + Rosenbrock of each row (x, y) of the second:  (1 - x)^2 + 100 (y - x^2)^2
      + w^4/4 - w                                     for the scalar w

The first tensor's last value has a_k = 0 and c_k = 0: its gradient is always
exactly 0 (the eps terms and sign(0) are exercised). The file stores, for each
case, the start values, then for every step the gradient that step saw and
the values after it: a test feeds the gradients to the Swift optimizer and
compares the values, so it needs no copy of the loss.

Run from the repository root (numpy only); it rewrites the JSON files beside it:

    python3 Tests/OptimizersPluginTests/Fixtures/make_fixtures.py

With --torch it instead checks the numpy trajectories against torch.optim
(not Lion) and prints the largest relative difference per case; it writes
nothing. Checked once with torch 2.13.0+cpu: see README.md beside this file.
"""

import json
import os
import sys

import numpy as np

STEPS = 30
HERE = os.path.dirname(os.path.abspath(__file__))

A = np.array([1.0, 4.0, 0.25, 0.0])
C = np.array([0.5, -1.0, 2.0, 0.0])


def start_values():
    return [
        np.array([2.0, 1.5, -1.0, 0.75]),
        np.array([[-1.2, 1.0], [0.5, -0.3]]),
        np.array(1.7),
    ]


def gradients(params, sign=1.0):
    """The gradient of sign * L: a maximize case climbs -L, the same way down L."""
    p, r, w = params
    gp = A * (p - C)
    x, y = r[:, 0], r[:, 1]
    gr = np.stack([-2.0 * (1.0 - x) - 400.0 * x * (y - x * x), 200.0 * (y - x * x)], axis=1)
    gw = w ** 3 - 1.0
    return [sign * gp, sign * gr, sign * np.array(gw)]


# --- the algorithms, one function per optimizer: (theta, grad, state, options) -> theta ---


def sgd(theta, g, state, lr=1e-3, momentum=0.0, dampening=0.0, weight_decay=0.0, nesterov=False, maximize=False):
    if maximize:
        g = -g
    if weight_decay != 0:
        g = g + weight_decay * theta
    if momentum != 0:
        if "b" in state:
            state["b"] = momentum * state["b"] + (1 - dampening) * g
        else:
            state["b"] = g
        if nesterov:
            g = g + momentum * state["b"]
        else:
            g = state["b"]
    return theta - lr * g


def adagrad(theta, g, state, lr=0.01, lr_decay=0.0, weight_decay=0.0, initial_accumulator_value=0.0, eps=1e-10, maximize=False):
    if maximize:
        g = -g
    t = state.get("t", 0) + 1
    state["t"] = t
    if "sum" not in state:
        state["sum"] = np.full_like(theta, initial_accumulator_value)
    lr_t = lr / (1 + (t - 1) * lr_decay)
    if weight_decay != 0:
        g = g + weight_decay * theta
    state["sum"] = state["sum"] + g ** 2
    return theta - lr_t * g / (np.sqrt(state["sum"]) + eps)


def rmsprop(theta, g, state, lr=0.01, alpha=0.99, eps=1e-8, weight_decay=0.0, momentum=0.0, centered=False, maximize=False):
    if maximize:
        g = -g
    if weight_decay != 0:
        g = g + weight_decay * theta
    v = state.get("v", np.zeros_like(theta))
    v = alpha * v + (1 - alpha) * g ** 2
    state["v"] = v
    v_tilde = v
    if centered:
        g_ave = state.get("g_ave", np.zeros_like(theta))
        g_ave = g_ave * alpha + (1 - alpha) * g
        state["g_ave"] = g_ave
        v_tilde = v_tilde - g_ave ** 2
    if momentum > 0:
        b = state.get("b", np.zeros_like(theta))
        b = momentum * b + g / (np.sqrt(v_tilde) + eps)
        state["b"] = b
        return theta - lr * b
    return theta - lr * g / (np.sqrt(v_tilde) + eps)


def adam(theta, g, state, lr=0.001, betas=(0.9, 0.999), eps=1e-8, weight_decay=0.0, amsgrad=False, maximize=False, decoupled=False):
    beta1, beta2 = betas
    if maximize:
        g = -g
    if decoupled:
        theta = theta - lr * weight_decay * theta
    elif weight_decay != 0:
        g = g + weight_decay * theta
    t = state.get("t", 0) + 1
    state["t"] = t
    m = beta1 * state.get("m", np.zeros_like(theta)) + (1 - beta1) * g
    v = beta2 * state.get("v", np.zeros_like(theta)) + (1 - beta2) * g ** 2
    state["m"], state["v"] = m, v
    m_hat = m / (1 - beta1 ** t)
    if amsgrad:
        v_max = np.maximum(state.get("v_max", np.zeros_like(theta)), v)
        state["v_max"] = v_max
        v_hat = v_max / (1 - beta2 ** t)
    else:
        v_hat = v / (1 - beta2 ** t)
    return theta - lr * m_hat / (np.sqrt(v_hat) + eps)


def adamw(theta, g, state, weight_decay=0.01, **options):
    return adam(theta, g, state, weight_decay=weight_decay, decoupled=True, **options)


def lion(theta, g, state, lr=1e-4, betas=(0.9, 0.99), weight_decay=0.0, maximize=False):
    beta1, beta2 = betas
    if maximize:
        g = -g
    m = state.get("m", np.zeros_like(theta))
    c = beta1 * m + (1 - beta1) * g
    theta = theta - lr * (np.sign(c) + weight_decay * theta)
    state["m"] = beta2 * m + (1 - beta2) * g
    return theta


# Each case: a name and its options, in the language's spelling.
CASES = {
    "sgd": [
        {"lr": 0.001},
        {"lr": 0.001, "momentum": 0.9},
        {"lr": 0.001, "momentum": 0.9, "dampening": 0.5},
        {"lr": 0.001, "momentum": 0.9, "nesterov": True},
        {"lr": 0.001, "weight_decay": 0.1},
        {"lr": 0.0005, "momentum": 0.8, "nesterov": True, "weight_decay": 0.05},
        {"lr": 0.001, "momentum": 0.5, "maximize": True},
    ],
    "adagrad": [
        {"lr": 0.1},
        {"lr": 0.1, "lr_decay": 0.05},
        {"lr": 0.1, "weight_decay": 0.1},
        {"lr": 0.1, "initial_accumulator_value": 0.5},
        {"lr": 0.1, "eps": 1e-3, "maximize": True},
    ],
    "rmsprop": [
        {"lr": 0.01},
        {"lr": 0.01, "alpha": 0.9},
        {"lr": 0.01, "centered": True},
        {"lr": 0.005, "momentum": 0.9},
        {"lr": 0.005, "momentum": 0.5, "centered": True, "weight_decay": 0.1},
        {"lr": 0.01, "eps": 1e-4, "maximize": True},
    ],
    "adam": [
        {"lr": 0.05},
        {"lr": 0.05, "amsgrad": True},
        {"lr": 0.05, "weight_decay": 0.1},
        {"lr": 0.05, "betas": [0.8, 0.99], "eps": 1e-6},
        {"lr": 0.05, "amsgrad": True, "weight_decay": 0.1, "betas": [0.5, 0.9]},
        {"lr": 0.05, "maximize": True},
    ],
    "adamw": [
        {"lr": 0.05},
        {"lr": 0.05, "weight_decay": 0.1, "amsgrad": True},
        {"lr": 0.05, "weight_decay": 0, "betas": [0.8, 0.95]},
        {"lr": 0.05, "maximize": True},
    ],
    "lion": [
        {"lr": 0.01},
        {"lr": 0.01, "weight_decay": 0.1},
        {"lr": 0.01, "betas": [0.95, 0.98]},
        {"lr": 0.01, "maximize": True},
    ],
}

ALGORITHMS = {"sgd": sgd, "adagrad": adagrad, "rmsprop": rmsprop, "adam": adam, "adamw": adamw, "lion": lion}


def run(name, options):
    algorithm = ALGORITHMS[name]
    arguments = {k: (tuple(v) if k == "betas" else v) for k, v in options.items()}
    sign = -1.0 if options.get("maximize") else 1.0
    params = start_values()
    states = [{} for _ in params]
    steps = []
    for _ in range(STEPS):
        grads = gradients(params, sign)
        params = [algorithm(p, g, s, **arguments) for p, g, s in zip(params, grads, states)]
        if not all(np.all(np.isfinite(p)) for p in params):
            sys.exit(f"{name} {options}: the values are no longer finite; choose a smaller lr")
        steps.append({"grads": [g.tolist() for g in grads], "values": [p.tolist() for p in params]})
    return steps


def flat(values):
    return np.array(values, dtype=float).reshape(-1)


def write_fixtures():
    for name, cases in CASES.items():
        document = {
            "optimizer": name,
            "shapes": [list(p.shape) for p in start_values()],
            "start": [p.tolist() for p in start_values()],
            "cases": [{"options": options, "steps": run(name, options)} for options in cases],
        }
        path = os.path.join(HERE, f"{name}.json")
        with open(path, "w") as out:
            json.dump(document, out, indent=1)
            out.write("\n")
        print(f"wrote {path}: {len(cases)} cases of {STEPS} steps")


def check_against_torch():
    import torch

    print(f"torch {torch.__version__}, numpy {np.__version__}")
    classes = {"sgd": torch.optim.SGD, "adagrad": torch.optim.Adagrad, "rmsprop": torch.optim.RMSprop,
               "adam": torch.optim.Adam, "adamw": torch.optim.AdamW}
    worst = 0.0
    for name, cases in CASES.items():
        if name not in classes:
            print(f"{name}: not in torch.optim, not checked")
            continue
        for options in cases:
            reference = run(name, options)
            params = [torch.tensor(p, dtype=torch.float64, requires_grad=True) for p in start_values()]
            arguments = {k: (tuple(v) if k == "betas" else v) for k, v in options.items()}
            optimizer = classes[name](params, foreach=False, **arguments)
            largest = 0.0
            for step in reference:
                sign = -1.0 if options.get("maximize") else 1.0
                grads = gradients([p.detach().numpy() for p in params], sign)
                for p, g in zip(params, grads):
                    p.grad = torch.tensor(g, dtype=torch.float64)
                optimizer.step()
                for p, expected in zip(params, step["values"]):
                    got, want = p.detach().numpy().reshape(-1), flat(expected)
                    scale = np.maximum(np.abs(want), 1e-300)
                    largest = max(largest, float(np.max(np.abs(got - want) / scale)))
            worst = max(worst, largest)
            print(f"{name} {json.dumps(options)}: largest relative difference {largest:.2e}")
    print(f"largest relative difference of all: {worst:.2e}")


if __name__ == "__main__":
    if "--torch" in sys.argv[1:]:
        check_against_torch()
    else:
        write_fixtures()
