"""micrograd's demo in jax: jax.grad of the loss, the whole SGD step under jax.jit.

    python micrograd_demo_jax.py [--float32] [--repeat N] [--steps N]

The same data, network, loss, schedule and first weights as
micrograd_demo_micrograd.py and micrograd_demo_numpy.py, so it prints the
same loss. Float64 (jax_enable_x64), as knobs, micrograd and the NumPy peer
compute; --float32 keeps jax's default single precision.

The step (forward, gradient by jax.grad, update) is one jitted function with
the learning rate as an argument, so it compiles once. Its first call, which
traces and compiles it, is timed on its own (first_call_seconds), with its
result thrown away; then train_seconds times the 100 steps of the training
loop with the compiled step, from the first weights, until the last result
is ready (best of --repeat runs).
"""

import argparse

import jax
import numpy as np

import common as dd


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--float32", action="store_true")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--steps", type=int, default=dd.STEPS)
    args = parser.parse_args()
    jax.config.update("jax_enable_x64", not args.float32)
    import jax.numpy as jnp

    dtype = jnp.float32 if args.float32 else jnp.float64

    def scores_of(layers, x):
        h = x
        for w, b in layers[:-1]:
            h = jax.nn.relu(h @ w + b)  # relu's gradient at 0 is 0, as in micrograd
        w, b = layers[-1]
        return (h @ w + b)[:, 0]

    def loss_of(layers, x, y):
        margins = jax.nn.relu(1.0 - y * scores_of(layers, x))
        l2 = sum(jnp.sum(w * w) + jnp.sum(b * b) for w, b in layers)
        return jnp.mean(margins) + dd.ALPHA * l2

    @jax.jit
    def step(layers, x, y, lr):
        loss, grads = jax.value_and_grad(loss_of)(layers, x, y)
        layers = jax.tree_util.tree_map(lambda p, g: p - lr * g, layers, grads)
        return layers, loss

    points, labels = dd.moons()
    x = jnp.asarray(points, dtype=dtype)
    y = jnp.asarray(labels, dtype=dtype)

    def first_weights():
        return [(jnp.asarray(w, dtype=dtype), jnp.asarray(b, dtype=dtype))
                for w, b in dd.micrograd_weights()]

    def lr_of(k):
        return jnp.asarray(dd.learning_rate(k, args.steps), dtype=dtype)

    layers = first_weights()
    start = dd.clock()
    jax.block_until_ready(step(layers, x, y, lr_of(0)))
    first_call = dd.clock() - start

    def train():
        layers = jax.block_until_ready(first_weights())
        rates = [lr_of(k) for k in range(args.steps)]
        loss = jnp.asarray(float("nan"))
        start = dd.clock()
        for k in range(args.steps):
            layers, loss = step(layers, x, y, rates[k])
        jax.block_until_ready((layers, loss))
        seconds = dd.clock() - start
        scores = np.asarray(scores_of(layers, x))
        accuracy = float(np.mean((scores > 0) == (labels > 0)))
        return seconds, (float(loss), accuracy)

    (loss, accuracy), times = dd.time_repeats(train, args.repeat)
    dd.report(times, loss=f"{loss:.10f}", accuracy=accuracy, steps=args.steps,
              dtype="float32" if args.float32 else "float64",
              first_call_seconds=f"{first_call:.6f}", jax_version=jax.__version__,
              jax_backend=jax.default_backend())


if __name__ == "__main__":
    main()
