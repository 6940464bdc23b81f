/// A plugin compiled into knobs: a manifest and what it adds to the language.
///
/// ```swift
/// public struct HelloPlugin: KnobsPlugin {
///     public static let manifest = PluginManifest(name: "hello", version: "1.0.0", summary: "Says hello.")
///     public init() {}
///     public func register(into host: PluginHost) throws {
///         host.function(Signature("hello", "name"), doc: "Greets someone.") { args, _ in
///             .string("hello, \(try args.string(0, "hello"))")
///         }
///     }
/// }
/// ```
///
/// The executable lists the built-in plugins; a plugin never imports another
/// plugin, the REPL or the executable.
public protocol KnobsPlugin {
    /// Who the plugin is: name, version, the API it was written for, a summary.
    static var manifest: PluginManifest { get }
    init()
    /// Adds the plugin's functions, object types and REPL commands to `host`.
    func register(into host: PluginHost) throws
}
