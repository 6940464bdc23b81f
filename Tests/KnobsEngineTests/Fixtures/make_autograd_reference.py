#!/usr/bin/env python3
"""Reference values and gradients for knobs's autograd, computed by PyTorch in float64.

Each case is a small fixed composition of operations on the fixed inputs written
below. The script records the case's output and, for every input marked as a
parameter, the gradient of sum(output * seed): `seed` is a fixed tensor shaped
like the output (1 for a scalar), so every output element counts with its own
weight. KnobsEngineTests/Reference/TorchReferenceTests.swift writes the same
compositions with the engine and compares. The tests never run torch.

Run (writes autograd_reference.json beside this script):

    python3 -m venv /tmp/torchenv && /tmp/torchenv/bin/pip install torch==2.13.0+cpu numpy
    /tmp/torchenv/bin/python make_autograd_reference.py
"""
import json
import math
from pathlib import Path

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

# Fixed inputs: (name, nested values, is_parameter).
X = [[0.5, -1.2, 0.3], [1.5, 0.2, -0.7], [-0.4, 0.9, 1.1], [0.05, -0.6, -1.3]]
W1 = [[0.8, -0.5, 0.3, 1.1, -0.9], [-0.2, 0.7, -1.4, 0.6, 0.4], [0.5, 0.1, 0.9, -0.3, -1.2]]
B1 = [0.1, -0.2, 0.05, 0.3, -0.15]
W2 = [[0.6, -1.1], [-0.8, 0.9], [1.3, 0.2], [-0.4, 0.7], [0.9, -0.5]]
B2 = [0.45, 0.35]
W3 = [[1.2], [-0.7]]
B3 = [0.2]
# Logits as large as ±1000, where a naive exp overflows.
LOGITS = [[1000.0, -1000.0, 0.0], [0.5, -1.2, 2.0], [-1000.0, 1000.0, 3.0], [0.1, 0.2, 0.3]]
CLASSES = [0, 2, 0, 1]
BINARY_LOGITS = [1000.0, -1000.0, 1000.0, -1000.0, 0.7, -2.3, 0.0]
BINARY_LABELS = [1.0, 1.0, 0.0, 0.0, 0.0, 1.0, 1.0]
SCORES = [0.4, -0.3, 1.6, 0.8, -2.0]
SIGN_LABELS = [1.0, 0.0, 1.0, 0.0, -1.0]  # 0 counts as -1 in knobs's hinge
PREDICTION = [[0.3], [-1.1], [2.2], [0.7], [-0.4]]
TARGET = [0.5, -1.0, 1.7, 0.9, 0.2]
POSITIVE = [[0.5, 1.3, 2.1], [0.8, 1.7, 0.35]]
EXPONENT = [1.5, -0.7, 2.0]
CUBE = [[[0.1 * (i * 12 + j * 4 + k) - 1.1 for k in range(4)] for j in range(3)] for i in range(2)]
DISTINCT = [[0.3, -1.2, 2.5, 0.8], [1.9, 0.4, -0.6, -2.2], [-0.9, 1.4, 0.1, 2.7]]
SPREAD = [-1.7, -0.4, 0.35, 1.2, 2.6]


def seed_for(shape, salt):
    """A fixed seed tensor: distinct, non-round weights, reproducible without a random generator."""
    count = math.prod(shape)
    values = [math.sin(1.3 * (i + 1) + salt) + 0.25 for i in range(count)]
    return torch.tensor(values).reshape(shape)


def unary_case(name, function, values):
    return (f"unary_{name}", [("x", values, True)], function)


CASES = [
    ("mlp",
     [("x", X, True), ("w1", W1, True), ("b1", B1, True), ("w2", W2, True), ("b2", B2, True),
      ("w3", W3, True), ("b3", B3, True)],
     lambda x, w1, b1, w2, b2, w3, b3:
         torch.sigmoid(torch.relu(torch.tanh(x @ w1 + b1) @ w2 + b2) @ w3 + b3)),
    ("cross_entropy", [("logits", LOGITS, True), ("labels", CLASSES, False)],
     lambda logits, labels: F.cross_entropy(logits, labels.long())),
    ("log_softmax_axis0", [("x", LOGITS, True)], lambda x: F.log_softmax(x, dim=0)),
    ("log_softmax_axis1", [("x", LOGITS, True)], lambda x: F.log_softmax(x, dim=1)),
    ("bce", [("logits", BINARY_LOGITS, True), ("labels", BINARY_LABELS, False)],
     lambda z, y: F.binary_cross_entropy_with_logits(z, y)),
    ("hinge", [("scores", SCORES, True), ("labels", SIGN_LABELS, False)],
     lambda s, y: torch.relu(1 - torch.where(y == 0, -1.0, y) * s).mean()),
    ("mse", [("prediction", PREDICTION, True), ("target", TARGET, False)],
     lambda p, t: ((p.reshape(-1) - t) ** 2).mean()),
    ("l2", [("w", W1, True), ("b", B1, True)], lambda w, b: (w * w).sum() + (b * b).sum()),
    ("broadcast_add", [("a", [[0.5], [-1.0], [2.0]], True), ("b", [[0.1, -0.2, 0.3, 1.4]], True)],
     lambda a, b: a + b),
    ("broadcast_multiply", [("a", POSITIVE, True), ("b", EXPONENT, True)], lambda a, b: a * b),
    ("broadcast_scalar_multiply", [("s", -1.25, True), ("a", POSITIVE, True)], lambda s, a: s * a),
    ("broadcast_divide", [("a", [0.4, -1.3, 2.2, 0.9], True), ("b", [[1.5], [-0.8]], True)],
     lambda a, b: a / b),
    ("broadcast_sum", [("a", [[0.5], [-1.0], [2.0]], True), ("b", [[0.1, -0.2, 0.3, 1.4]], True)],
     lambda a, b: ((a - b) * (a + b)).sum()),
    ("subtract_negate", [("a", POSITIVE, True), ("b", EXPONENT, True)], lambda a, b: -(a - b)),
    ("power", [("a", POSITIVE, True), ("b", EXPONENT, True)], lambda a, b: a ** b),
    ("matmul_matrix_matrix", [("a", X, True), ("b", W1, True)], lambda a, b: a @ b),
    ("matmul_vector_matrix", [("v", B2 + [0.8, -0.25, 1.1], True), ("m", W2, True)], lambda v, m: v @ m),
    ("matmul_matrix_vector", [("m", W1, True), ("v", B1, True)], lambda m, v: m @ v),
    ("matmul_vector_vector", [("a", B1, True), ("b", SPREAD, True)], lambda a, b: a @ b),
    ("transpose_2d", [("x", DISTINCT, True)], lambda x: x.T),
    ("transpose_3d", [("x", CUBE, True)], lambda x: x.permute(2, 1, 0)),
    ("reshape", [("x", CUBE, True)], lambda x: x.reshape(4, 6)),
    ("concat_axis0", [("a", DISTINCT, True), ("b", [[0.5, -0.5, 1.5, -1.5]], True)],
     lambda a, b: torch.cat([a, b], dim=0)),
    ("concat_axis1", [("a", DISTINCT, True), ("b", [[0.5], [-0.5], [1.5]], True)],
     lambda a, b: torch.cat([a, b], dim=1)),
    ("rows", [("x", DISTINCT, True)], lambda x: x[[2, 0, 2, 1]]),
    ("pick", [("x", DISTINCT, True)], lambda x: x[[0, 1, 2], [3, 0, 2]]),
    ("sum_all", [("x", CUBE, True)], lambda x: x.sum()),
    ("sum_axis1", [("x", CUBE, True)], lambda x: x.sum(dim=1)),
    ("mean_axis0", [("x", CUBE, True)], lambda x: x.mean(dim=0)),
    ("mean_axis_last", [("x", CUBE, True)], lambda x: x.mean(dim=-1)),
    ("max_all", [("x", DISTINCT, True)], lambda x: x.max()),
    ("max_axis1", [("x", DISTINCT, True)], lambda x: x.max(dim=1).values),
    ("min_axis0", [("x", DISTINCT, True)], lambda x: x.min(dim=0).values),
    unary_case("exp", torch.exp, SPREAD),
    unary_case("log", torch.log, [0.2, 0.9, 1.7, 3.3]),
    unary_case("tanh", torch.tanh, SPREAD),
    unary_case("sigmoid", torch.sigmoid, SPREAD + [40.0, -40.0]),
    unary_case("relu", torch.relu, SPREAD),
    unary_case("abs", torch.abs, SPREAD),
    unary_case("sqrt", torch.sqrt, [0.2, 0.9, 1.7, 3.3]),
    unary_case("sin", torch.sin, SPREAD),
    unary_case("cos", torch.cos, SPREAD),
]


def run(name, inputs, expression, salt):
    tensors = [torch.tensor(values, requires_grad=is_parameter) for _, values, is_parameter in inputs]
    output = expression(*tensors)
    seed = seed_for(list(output.shape), salt)
    (output * seed).sum().backward()
    return {
        "name": name,
        "inputs": [
            {"name": input_name, "shape": list(t.shape), "values": t.detach().reshape(-1).tolist(), "parameter": is_parameter}
            for (input_name, _, is_parameter), t in zip(inputs, tensors)
        ],
        "output": {"shape": list(output.shape), "values": output.detach().reshape(-1).tolist()},
        "seed": seed.reshape(-1).tolist(),
        "gradients": {
            input_name: t.grad.reshape(-1).tolist()
            for (input_name, _, is_parameter), t in zip(inputs, tensors) if is_parameter
        },
    }


def check_away_from_kinks():
    """relu's kink at 0 would make the gradient depend on rounding: keep the MLP's pre-activations clear of it."""
    x, w1, b1, w2, b2 = (torch.tensor(v) for v in (X, W1, B1, W2, B2))
    before_relu = torch.tanh(x @ w1 + b1) @ w2 + b2
    assert before_relu.abs().min() > 0.01, before_relu


def main():
    check_away_from_kinks()
    cases = [run(name, inputs, expression, salt) for salt, (name, inputs, expression) in enumerate(CASES)]
    for case in cases:
        for values in [case["output"]["values"], *case["gradients"].values()]:
            assert all(math.isfinite(v) for v in values), case["name"]
    document = {"torch": torch.__version__, "cases": cases}
    path = Path(__file__).with_name("autograd_reference.json")
    path.write_text(json.dumps(document, indent=1) + "\n")


main()
