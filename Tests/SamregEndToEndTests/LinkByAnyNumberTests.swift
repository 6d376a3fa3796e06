import Foundation
import SamregTestSupport
import Testing

/// An option that names another record (`--remiss`, `--decision`, `remiss respond X`) takes
/// any number the record carries, as `show` and `trace` do: its own case number, a further
/// case number (reference) or, for a remiss, the sender's reference.
@Suite("Links by any number")
struct LinkByAnyNumberTests {
    @Test func aRemissIsNamedByItsSendersReferenceOrAFurtherCaseNumber() async throws {
        let box = try await Sandbox()
        await box.ok(["seed"])
        let remiss = await box.ok(["remiss", "add", "--title", "Vårdförlopp sepsis", "--sender", "SKR", "--sender-ref", "SKR2025/01234",
                                   "--received", "2025-05-02", "--deadline", "2025-06-13", "--category", "kunskapsstyrning"])
        let id = try #require(box.recordedId(remiss))
        let decision = await box.ok(["decision", "add", "--body", "SVN", "--date", "2025-06-05", "--paragraph", "§ 12",
                                     "--case-number", "RÖ 2025-1001", "--kind", "yttrande", "--title", "Yttrande", "--remiss", "SKR2025/01234"])
        let decisionId = try #require(box.recordedId(decision))
        await box.ok(["remiss", "respond", "SKR2025/01234", "--scope", "sosr", "--approved-by", "SVN",
                      "--decision", "RÖ 2025–1001", "--approved", "2025-06-05", "--sent", "2025-06-09"])
        let shown = try await box.show("decision", "\(decisionId)")
        #expect(shown["remiss"] == .number("\(id)"))
        // The seed's riksavtal remiss carries SKR's later case number as a reference.
        await box.ok(["decision", "add", "--body", "SVN", "--date", "2025-06-06", "--kind", "beslut", "--title", "Om riksavtalet",
                      "--remiss", "SKR2025/00294"])
        // A number that names nothing is still one line, naming what was given.
        try await box.expectRefused(["decision", "add", "--body", "SVN", "--date", "2025-06-06", "--kind", "beslut", "--title", "T",
                                     "--remiss", "SKR2099/99999"], mentions: ["SKR2099/99999"])
    }
}
