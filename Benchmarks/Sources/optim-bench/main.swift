// optim-bench: times one step of the optimizers plugin's Adam over many
// parameters, in process (Benchmarks/optim/run.sh sets it beside numpy).
//
//   optim-bench [--size N] [--steps N] [--repeat N] [--optimizer adam|adamw|sgd]
//
// One parameter of N values (default 1,000,000) with a fixed gradient
// (sin(i)); one step is taken first, untimed (it makes the optimizer's
// state). Then `repeat` times (default 10) it times `steps` steps (default
// 20) and prints the best and the median time of one step:
//
//   optimizer=adam size=1000000 best_ms=... median_ms=... checksum=...
//
// The checksum (the sum of the values after all steps) shows the work was done.

import Foundation
import KnobsEngine
import OptimizersPlugin

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("optim-bench: \(message)\n".utf8))
    exit(2)
}

var size = 1_000_000
var steps = 20
var repeats = 10
var kind = "adam"
var arguments = CommandLine.arguments.dropFirst()
while let flag = arguments.popFirst() {
    guard let text = arguments.popFirst() else { fail("\(flag) needs a value") }
    switch flag {
    case "--size": size = Int(text) ?? 0
    case "--steps": steps = Int(text) ?? 0
    case "--repeat": repeats = Int(text) ?? 0
    case "--optimizer": kind = text
    default: fail("unknown option \(flag)")
    }
}
guard size > 0, steps > 0, repeats > 0 else { fail("--size, --steps and --repeat need whole numbers above 0") }

let optimizer: any Optimizer
do {
    switch kind {
    case "adam": optimizer = try Adam(learningRate: 1e-3)
    case "adamw": optimizer = try Adam.w(learningRate: 1e-3)
    case "sgd": optimizer = try StochasticGradientDescent(learningRate: 1e-3, momentum: 0.9)
    default: fail("--optimizer is adam, adamw or sgd")
    }
} catch {
    fail("\(error)")
}

let parameter = Tensor.parameter((0..<size).map { Double($0 % 1000) / 1000 }, shape: [size])
parameter.grad = (0..<size).map { sin(Double($0)) }
try optimizer.step([parameter])

var times: [Double] = []
for _ in 0..<repeats {
    let start = DispatchTime.now().uptimeNanoseconds
    for _ in 0..<steps { try optimizer.step([parameter]) }
    let end = DispatchTime.now().uptimeNanoseconds
    times.append(Double(end - start) / 1e6 / Double(steps))
}
times.sort()
let checksum = parameter.values.reduce(0, +)
print("optimizer=\(kind) size=\(size) best_ms=\(times[0]) median_ms=\(times[times.count / 2]) checksum=\(checksum)")
