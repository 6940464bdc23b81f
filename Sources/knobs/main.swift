import KnobsLang
import Foundation

let interpreter = Interpreter { print($0, terminator: "") }
let text = CommandLine.arguments.dropFirst().joined(separator: " ")
let outcome = interpreter.run(SourceFile(name: "<eval>", text: text))
if let v = outcome.value, case .nil = v {} else if let v = outcome.value { print(v.repr) }
FileHandle.standardError.write(DiagnosticRenderer(color: false).render(outcome.diagnostics).data(using: .utf8)!)
exit(outcome.exitCode)
