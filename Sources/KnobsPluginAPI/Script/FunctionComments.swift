/// What a script plugin's file says about its top-level names: the `#` comment
/// lines right above each `fn NAME` (its documentation) and the line where
/// each name is first defined.
struct FunctionComments {
    let file: SourceFile
    private var docs: [String: String] = [:]
    private var lines: [String: Int] = [:]

    init(_ file: SourceFile) {
        self.file = file
        var comment: [String] = []
        for (index, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.hasPrefix("#") {
                comment.append(line.dropFirst().trimmingPrefix(" ").description)
                continue
            }
            let definition = line.hasPrefix("fn ") ? line.dropFirst(3) : line
            let name = String(definition.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
            let rest = definition.dropFirst(name.count).drop { $0 == " " }
            if !name.isEmpty, line.hasPrefix("fn ") || (rest.hasPrefix("=") && !rest.hasPrefix("==")) {
                if lines[name] == nil { lines[name] = index + 1 }
                if line.hasPrefix("fn "), !comment.isEmpty, docs[name] == nil { docs[name] = comment.joined(separator: " ") }
            }
            comment = []
        }
    }

    /// The comment above `fn name`, if there is one.
    func doc(of name: String) -> String? { docs[name] }

    /// The 1-based line where `name` is first defined at the top level, if it is.
    func line(of name: String) -> Int? { lines[name] }
}
