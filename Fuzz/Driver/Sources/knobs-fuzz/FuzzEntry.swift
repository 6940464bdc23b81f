import Foundation
import KnobsFuzzTargets

/// The target this process fuzzes, named by `KNOBS_FUZZ_TARGET` (syntax, evaluator, lesson, grade, deck).
let chosenTarget: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["KNOBS_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("knobs-fuzz: set KNOBS_FUZZ_TARGET to one of \(names)\n".utf8))
        exit(2)
    }
    return target
}()

/// libFuzzer's entry point: one input through the chosen target.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    chosenTarget.run(UnsafeBufferPointer(start: data, count: size))
    return 0
}
