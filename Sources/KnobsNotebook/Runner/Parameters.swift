import Foundation
import KnobsLang
import Yams

/// Values that replace a lesson's parameters, as papermill's `-p` does.
///
/// A lesson's **parameters cell** is the code cell with `id=parameters`:
/// ` ```knobs id=parameters `. Its assignments are the defaults; the values
/// given here are assigned right after it runs, so the cells after it see
/// them. The values used are recorded in the run's report.
public struct Parameters: Sendable, Equatable {
    /// One value: a knobs name and the knobs code of its value.
    public struct Value: Sendable, Equatable {
        public let name: String
        /// A knobs expression: `0.1`, `"adam"`, `[2, 4, 1]`.
        public let code: String
    }

    /// The id of a lesson's parameters cell.
    public static let cellID = "parameters"

    public private(set) var values: [Value] = []

    public init() {}

    /// Reads `name=value` pairs. A value that is a number, `true`, `false`, `nil`,
    /// a quoted string or a list is knobs code; anything else is a string.
    ///
    /// - Throws: ``ParameterError`` for a pair without `=` or a bad name or value.
    public init(assignments: [String]) throws {
        for assignment in assignments {
            guard let equals = assignment.firstIndex(of: "=") else {
                throw ParameterError("'\(assignment)' is not name=value")
            }
            let value = String(assignment[assignment.index(after: equals)...])
            try add(String(assignment[..<equals]), code: Parameters.isCode(value) ? value : Parameters.quoted(value))
        }
    }

    /// Reads a YAML (or JSON) mapping of names to numbers, booleans, strings, lists and mappings.
    ///
    /// - Throws: ``ParameterError`` when the text is not such a mapping.
    public init(yaml: String) throws {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            // YAML's own message quotes the line, control characters and all: its first line is enough.
            throw ParameterError("the parameters file is not YAML: \(String(describing: error).split(separator: "\n").first ?? "")")
        }
        guard let mapping = node?.mapping else { throw ParameterError("the parameters file must map names to values, as in lr: 0.1") }
        for (key, value) in mapping {
            guard let name = key.string else { throw ParameterError("a parameter's name must be text") }
            try add(name, code: try Parameters.code(of: value))
        }
    }

    /// Adds or replaces a value (later ones win, as on a command line).
    public mutating func merge(_ other: Parameters) throws {
        for value in other.values { try add(value.name, code: value.code) }
    }

    public var isEmpty: Bool { values.isEmpty }

    /// The program that assigns every value.
    var program: String {
        values.map { "\($0.name) = \($0.code)\n" }.joined()
    }

    /// - Throws: ``ParameterError`` when the lesson has no parameters cell to override.
    public func check(against lesson: Lesson) throws {
        guard !isEmpty else { return }
        let hasCell = lesson.steps.contains { if case .code(let cell) = $0 { return cell.id == Parameters.cellID } else { return false } }
        guard hasCell else {
            throw ParameterError("the lesson '\(lesson.id)' has no parameters cell to override (a code cell ```knobs id=parameters)")
        }
    }

    private mutating func add(_ name: String, code: String) throws {
        guard let first = name.unicodeScalars.first, first == "_" || first.properties.isAlphabetic,
              name.unicodeScalars.allSatisfy({ $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }) else {
            throw ParameterError("'\(name)' is not a knobs name")
        }
        let problems = SourceFile(name: "<parameter \(name)>", text: "\(name) = \(code)\n").syntaxDiagnostics()
        if let problem = problems.first { throw ParameterError("the value of '\(name)' is not knobs code: \(problem.message)") }
        values.removeAll { $0.name == name }
        values.append(Value(name: name, code: code))
    }

    private static func isCode(_ value: String) -> Bool {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        return Double(trimmed.replacingOccurrences(of: "_", with: "")) != nil || ["true", "false", "nil"].contains(trimmed)
            || trimmed.hasPrefix("\"") || trimmed.hasPrefix("[") || trimmed.hasPrefix("-")
    }

    /// A knobs string literal of `text`.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"", "\\", "{", "}": out += "\\\(character)"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    private static func code(of node: Node) throws -> String {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain {
                if let bool = Bool.construct(from: scalar) { return bool ? "true" : "false" }
                if let int = Int.construct(from: scalar) { return String(int) }
                if let double = Double.construct(from: scalar), double.isFinite { return String(double) }
                if NSNull.construct(from: scalar) != nil { return "nil" }
            }
            return quoted(scalar.string)
        case .sequence(let sequence):
            return "[" + (try sequence.map(code(of:))).joined(separator: ", ") + "]"
        case .mapping(let mapping):
            let fields = try mapping.map { key, value -> String in
                guard let name = key.string else { throw ParameterError("a record's field names must be text") }
                return "\(name): \(try code(of: value))"
            }
            return "{" + fields.joined(separator: ", ") + "}"
        case .alias:
            throw ParameterError("YAML aliases are not supported in a parameters file")
        }
    }
}

/// A parameter that cannot be used; the description says why.
public struct ParameterError: Error, CustomStringConvertible, Sendable {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
