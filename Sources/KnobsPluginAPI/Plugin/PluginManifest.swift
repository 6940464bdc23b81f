/// Who a plugin is: what `knobs plugins` lists, and what is checked before loading it.
public struct PluginManifest: Sendable, Equatable {
    /// The name lessons use in their front matter (`plugins: [optimizers]`).
    public var name: String
    /// The plugin's own version, as the author numbers it.
    public var version: String
    /// The plugin API the plugin was written for; it loads only when it equals ``PluginAPI/version``.
    public var apiVersion: Int
    /// One line on what the plugin is for.
    public var summary: String
    /// The lesson cell kinds it adds (```` ```knobs words ````), each also added in
    /// ``KnobsPlugin/register(into:)``: listed here so that a lesson can be parsed
    /// without loading the plugin.
    public var cellKinds: [String]

    public init(name: String, version: String, apiVersion: Int = PluginAPI.version, summary: String, cellKinds: [String] = []) {
        self.name = name
        self.version = version
        self.apiVersion = apiVersion
        self.summary = summary
        self.cellKinds = cellKinds
    }
}

/// The version of the plugin API this build of knobs offers.
public enum PluginAPI {
    /// Raised whenever a change to ``PluginHost`` or the types it hands out would break a plugin.
    public static let version = 1

    /// Whether `name` can name a plugin: lower-case letters, digits and `-`, starting with a letter.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
