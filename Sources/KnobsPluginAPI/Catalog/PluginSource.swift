/// Where a plugin comes from: compiled into knobs, or a script plugin's folder.
public enum PluginSource: Sendable, Equatable, CustomStringConvertible {
    case builtIn
    case folder(String)

    public var description: String {
        switch self {
        case .builtIn: "built-in"
        case .folder(let path): path
        }
    }
}
