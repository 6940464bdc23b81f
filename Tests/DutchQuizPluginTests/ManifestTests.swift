import DutchQuizPlugin
import KnobsPluginAPI
import Testing

@Suite("The dutch-quiz plugin")
struct ManifestTests {
    @Test("its manifest names a valid plugin for this API")
    func manifest() {
        #expect(PluginAPI.isValidName(DutchQuizPlugin.manifest.name))
        #expect(DutchQuizPlugin.manifest.apiVersion == PluginAPI.version)
    }
}
