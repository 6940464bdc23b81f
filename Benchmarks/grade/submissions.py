"""Writes the submissions that Benchmarks/grade/run.sh grades: knobs files and Jupyter notebooks.

    python submissions.py RELEASED.md OUT --knobs N --notebooks M

RELEASED.md is `knobs release key.md`'s copy of the key. Writes
OUT/knobs/NNNN.md (N submissions of the knobs lesson), OUT/notebooks/NNNN.ipynb
(M submissions of the equivalent notebook), OUT/solution.ipynb (the key's
notebook with its solutions, for the whole-process comparison) and
OUT/tests/*.py (the checks as otter-grader tests, in OK format). Needs nbformat
for the notebooks; with --notebooks 0 (Benchmarks/grade-load/run.sh) it writes the
knobs files only, with the standard library alone.

Submission i answers as variant i mod 5, the same in both languages:
  0 right                                  3/3
  1 right, written differently             3/3
  2 wrong: three hidden units, acc = 0.75  0/3 (the key's solution stands in)
  3 erroring: an undefined function, then accuracy with one argument
  4 the network left unfinished (___ or ...), acc right
The notebook's first cell is its library: NumPy, the XOR data, an MLP with
tanh hidden units and a linear output read as a logit, full-batch SGD on
binary cross-entropy, accuracy. It does what knobs's `mlp`, `train` and
`accuracy` do in the key, with 300 epochs at learning rate 0.5.
"""

import argparse
import os


VARIANTS = [
    # (knobs network, knobs accuracy, Python network, Python accuracy)
    ('net = mlp([2, 4, 1], act: "tanh")', "acc = accuracy(net, data)",
     "net = mlp([2, 4, 1])", "acc = accuracy(net, X, Y)"),
    ('net = mlp([2, 4, 1], act: "tanh")  # four hidden units', "acc = accuracy(net, data) * 1",
     "net = mlp([2, 4, 1])  # four hidden units", "acc = accuracy(net, X, Y) * 1"),
    ('net = mlp([2, 3, 1], act: "tanh")', "acc = 0.75",
     "net = mlp([2, 3, 1])", "acc = 0.75"),
    ("net = network([2, 4, 1])", "acc = accuracy(net)",
     "net = network([2, 4, 1])", "acc = accuracy(net)"),
    ("net = ___", "acc = accuracy(net, data)",
     "net = ...", "acc = accuracy(net, X, Y)"),
]

LIBRARY = '''\
import numpy as np

X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
Y = np.array([0.0, 1.0, 1.0, 0.0])
rng = np.random.default_rng(42)


def mlp(sizes):
    layers = []
    for fan_in, fan_out in zip(sizes[:-1], sizes[1:]):
        bound = 1.0 / np.sqrt(fan_in)
        layers.append([rng.uniform(-bound, bound, (fan_in, fan_out)), rng.uniform(-bound, bound, fan_out)])
    return layers


def count_params(net):
    return sum(w.size + b.size for w, b in net)


def forward(net, x):
    outputs = [x]
    for k, (w, b) in enumerate(net):
        z = outputs[-1] @ w + b
        outputs.append(np.tanh(z) if k < len(net) - 1 else z)
    return outputs


def train(net, x, y, lr=0.5, epochs=300):
    losses = []
    for _ in range(epochs):
        outputs = forward(net, x)
        logit = outputs[-1][:, 0]
        losses.append(float(np.mean(np.logaddexp(0.0, logit) - y * logit)))
        grad = ((1.0 / (1.0 + np.exp(-logit)) - y) / len(y))[:, None]
        for k in range(len(net) - 1, -1, -1):
            w, b = net[k]
            grad_w, grad_b = outputs[k].T @ grad, grad.sum(axis=0)
            if k > 0:
                grad = (grad @ w.T) * (1.0 - outputs[k] ** 2)
            net[k] = [w - lr * grad_w, b - lr * grad_b]
    return losses


def accuracy(net, x, y):
    return float(np.mean((forward(net, x)[-1][:, 0] > 0.0) == (y > 0.5)))
'''

TRAIN = "losses = train(net, X, Y, lr=0.5, epochs=300)"
SUMMARY = 'print("final loss", round(losses[-1], 4))'

TESTS = {
    "network": (2, [
        ("count_params(net) == 17", False),
        ("forward(net, X)[-1].shape[1] == 1", True),
    ]),
    "accuracy": (1, [
        ("acc == 1", False),
        ("acc == accuracy(net, X, Y)", True),
    ]),
}


def notebook(network, acc):
    import nbformat

    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_code_cell(source) for source in (LIBRARY, network, TRAIN, acc, SUMMARY)]
    return nb


def ok_test(name, points, cases):
    lines = ["OK_FORMAT = True", "", "test = {", f"    'name': {name!r},", f"    'points': {points},", "    'suites': [{",
             "        'cases': ["]
    for code, hidden in cases:
        lines.append(f"            {{'code': {'>>> ' + code + chr(10) + 'True'!r}, 'hidden': {hidden}, 'locked': False}},")
    lines += ["        ],", "        'scored': True, 'setup': '', 'teardown': '', 'type': 'doctest',", "    }],", "}", ""]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("released")
    parser.add_argument("out")
    parser.add_argument("--knobs", type=int, required=True)
    parser.add_argument("--notebooks", type=int, required=True)
    args = parser.parse_args()
    released = open(args.released, encoding="utf-8").read()
    assert released.count("net = ___") == 1 and released.count("acc = ___") == 1, "the released key changed"
    os.makedirs(os.path.join(args.out, "knobs"), exist_ok=True)
    for i in range(args.knobs):
        network, acc, _, _ = VARIANTS[i % len(VARIANTS)]
        text = released.replace("net = ___", network).replace("acc = ___", acc)
        with open(os.path.join(args.out, "knobs", f"{i:04d}.md"), "w", encoding="utf-8") as f:
            f.write(text)
    if args.notebooks == 0:
        return
    import nbformat

    for folder in ("notebooks", "tests"):
        os.makedirs(os.path.join(args.out, folder), exist_ok=True)
    for i in range(args.notebooks):
        _, _, network, acc = VARIANTS[i % len(VARIANTS)]
        nbformat.write(notebook(network, acc), os.path.join(args.out, "notebooks", f"{i:04d}.ipynb"))
    nbformat.write(notebook(VARIANTS[0][2], VARIANTS[0][3]), os.path.join(args.out, "solution.ipynb"))
    for name, (points, cases) in TESTS.items():
        with open(os.path.join(args.out, "tests", f"{name}.py"), "w", encoding="utf-8") as f:
            f.write(ok_test(name, points, cases))


main()
