// What a plugin may use besides this module: the engine's tensors and
// optimizers, the language's values and functions, and the terminal's plots.
// A plugin imports `KnobsPluginAPI` alone.
@_exported import KnobsEngine
@_exported import KnobsLang
@_exported import KnobsTerminal
