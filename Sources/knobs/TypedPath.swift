/// The folder part of a path as it was typed on the command line, without Foundation.
///
/// `NSString.deletingLastPathComponent` traps on a path of one character (`x`, `-`) in the
/// Foundation of Swift on Linux, so `knobs run x` or `knobs quiz export ai -o y` stopped with
/// "Illegal instruction" instead of saying what was wrong or writing the file.
enum TypedPath {
    /// Everything before the last component of `path`: `lessons` for `lessons/01.md`, `/` for
    /// `/x`, and "" for a name without a folder (`x`). Trailing slashes do not count.
    static func folder(of path: String) -> String {
        var rest = Substring(path)
        while rest.count > 1, rest.hasSuffix("/") { rest.removeLast() }
        guard let slash = rest.lastIndex(of: "/") else { return "" }
        if slash == rest.startIndex { return "/" }
        var folder = rest[..<slash]
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        return String(folder)
    }
}
