import KnobsNotebook
import KnobsPluginAPI

extension PluginCatalog {
    /// What a lesson parser knows of these plugins: their names and the cell kinds their
    /// manifests list. Reading it loads no plugin.
    public var lessonPlugins: KnownPlugins {
        KnownPlugins(names: names, cellKinds: cellKinds)
    }
}

extension PluginSet {
    /// Draws the cells of kinds these plugins add, for `terminal` (``drawCell(kind:source:terminal:)``).
    public func cellDrawer(terminal: Terminal) -> PluginCellDrawer {
        { cell in drawCell(kind: cell.kind, source: cell.source, terminal: terminal) }
    }
}
