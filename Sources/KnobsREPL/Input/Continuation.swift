/// Whether typed code goes on on the next line: an open bracket, brace or
/// string, or a backslash at the end. The REPL then shows `…` and reads more.
public enum Continuation {
    public static func needsMore(_ code: String) -> Bool {
        var depth = 0
        var inString = false
        var escaped = false
        var inComment = false
        for character in code {
            if inComment {
                if character == "\n" { inComment = false }
                continue
            }
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            switch character {
            case "\"": inString = true
            case "#": inComment = true
            case "(", "[", "{": depth += 1
            case ")", "]", "}": depth -= 1
            default: break
            }
        }
        if inString || depth > 0 { return true }
        return code.hasSuffix("\\")
    }
}
