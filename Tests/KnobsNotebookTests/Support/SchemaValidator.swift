import Foundation

/// A JSON value as read by `JSONDecoder`, which keeps `true` apart from `1`.
indirect enum JSONValue: Decodable, Equatable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    static func parse(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }
}

/// A JSON Schema (2020-12) validator for the keywords `docs/grading-report.schema.json` uses:
/// `type`, `const`, `enum`, `required`, `properties`, `additionalProperties`, `propertyNames`,
/// `items`, `minimum`, `exclusiveMinimum`, `minLength`, `pattern` and local `$ref`s.
///
/// It refuses a keyword it does not know, so that the schema cannot grow past what is checked.
struct SchemaValidator {
    let root: JSONValue

    static let known: Set<String> = ["$schema", "$id", "$defs", "title", "description", "type", "const", "enum", "required", "properties",
                                     "additionalProperties", "propertyNames", "items", "minimum", "exclusiveMinimum", "minLength", "pattern", "$ref"]

    /// Every problem of `value` against the schema, as `path: problem`.
    func problems(_ value: JSONValue) -> [String] {
        var found: [String] = []
        check(value, against: root, at: "$", into: &found)
        return found
    }

    private func check(_ value: JSONValue, against schema: JSONValue, at path: String, into found: inout [String]) {
        guard case .object(let rules) = schema else { return }
        for key in rules.keys where !SchemaValidator.known.contains(key) { found.append("\(path): the validator does not know '\(key)'") }
        if case .string(let ref)? = rules["$ref"] {
            guard let target = root["$defs"]?[ref.replacingOccurrences(of: "#/$defs/", with: "")] else {
                found.append("\(path): no definition \(ref)")
                return
            }
            check(value, against: target, at: path, into: &found)
        }
        if let types = rules["type"] {
            let allowed: [String]
            switch types {
            case .string(let one): allowed = [one]
            case .array(let many): allowed = many.compactMap { if case .string(let s) = $0 { return s } else { return nil } }
            default: allowed = []
            }
            if !allowed.contains(where: { SchemaValidator.matches(value, type: $0) }) { found.append("\(path): not of type \(allowed)") }
        }
        if let constant = rules["const"], value != constant { found.append("\(path): is not \(constant)") }
        if case .array(let options)? = rules["enum"], !options.contains(value) { found.append("\(path): \(value) is not one of the enum") }
        if case .number(let number) = value {
            if case .number(let minimum)? = rules["minimum"], number < minimum { found.append("\(path): below \(minimum)") }
            if case .number(let bound)? = rules["exclusiveMinimum"], number <= bound { found.append("\(path): not above \(bound)") }
        }
        if case .string(let text) = value {
            if case .number(let length)? = rules["minLength"], Double(text.count) < length { found.append("\(path): shorter than \(length)") }
            if case .string(let pattern)? = rules["pattern"], text.range(of: pattern, options: .regularExpression) == nil {
                found.append("\(path): does not match \(pattern)")
            }
        }
        if case .object(let object) = value {
            if case .array(let required)? = rules["required"] {
                for case .string(let name) in required where object[name] == nil { found.append("\(path): lacks '\(name)'") }
            }
            for (name, item) in object {
                if let names = rules["propertyNames"] { check(.string(name), against: names, at: "\(path) key", into: &found) }
                if let property = rules["properties"]?[name] {
                    check(item, against: property, at: "\(path).\(name)", into: &found)
                } else if let extra = rules["additionalProperties"] {
                    if extra == .bool(false) {
                        found.append("\(path): has '\(name)', which the schema does not allow")
                    } else {
                        check(item, against: extra, at: "\(path).\(name)", into: &found)
                    }
                }
            }
        }
        if case .array(let array) = value, let items = rules["items"] {
            for (index, item) in array.enumerated() { check(item, against: items, at: "\(path)[\(index)]", into: &found) }
        }
    }

    private static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object): return true
        case ("integer", .number(let n)): return n == n.rounded()
        default: return false
        }
    }
}
