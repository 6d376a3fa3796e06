import Foundation
import SamregTestSupport
import Testing

// docs/annual-follow-up.md, the secretary's guide to recording a year, is tested as it is
// written: every command in its ```sh blocks runs, in order, in one fresh directory with the
// environment the guide states, after the files it shows (```csv NAME, ```text NAME) are
// written there; and the annual summary it makes at the end shows the figures the guide says
// its example data produce.

@Suite struct AnnualFollowUpGuideTests {
    static let guidePath = Samreg.packageRoot.appendingPathComponent("docs/annual-follow-up.md")

    /// The environment the guide says its commands run with.
    static let guideEnvironment = [
        "SAMREG_DB": "registret.sqlite",
        "SAMREG_ACTOR": "sekreterare",
        "SAMREG_TODAY": "2025-03-31",
    ]

    @Test func guideCommandsUseOnlySamreg() throws {
        let guide = try Guide.load(Self.guidePath)
        #expect(guide.commands.count >= 25, "the guide should walk a year in at least 25 commands, has \(guide.commands.count)")
        for command in guide.commands {
            let text = command.text.trimmingCharacters(in: .whitespaces)
            #expect(text.hasPrefix("samreg "), "docs/annual-follow-up.md:\(command.line): a command that is not samreg: \(text)")
        }
        for name in ["systemmatt-2024.csv", "rorlig-budget-2024.csv", "utfall-2024.csv"] {
            #expect(guide.files.map(\.name).contains(name), "the guide should show the CSV file \(name) it imports")
        }
        // The parts the guide must keep: an area, a month, the chair held by a region, a
        // follow-up file read with --update, the riksavtal traced, a summary as of a day.
        let all = guide.commands.map(\.text).joined(separator: "\n")
        for part in ["--area ledning", "--date 2024-06", "membership add --body SVN --role ordforande --region",
                     "import contract utfall-2024.csv --update", "samreg trace \"SVN § 51-2024\"",
                     "report annual --year 2024 --as-of 2024-10-31"] {
            #expect(all.contains(part), "the guide should show \(part)")
        }
        // Records are named by case number where samreg takes one, not by id.
        for command in guide.commands {
            for option in ["--remiss", "--recommendation", "--decision"] {
                let pattern = try Regex("\(option) [0-9]+( |$)")
                #expect(command.text.firstMatch(of: pattern) == nil,
                        "docs/annual-follow-up.md:\(command.line): give \(option) a case number, not an id: \(command.text)")
            }
            for verb in ["remiss show", "remiss respond", "decision show"] {
                let pattern = try Regex("samreg \(verb) [0-9]+( |$)")
                #expect(command.text.firstMatch(of: pattern) == nil,
                        "docs/annual-follow-up.md:\(command.line): name the record by case number: \(command.text)")
            }
        }
        for file in guide.files {
            #expect(!file.name.contains("/") && !file.name.hasPrefix("."),
                    "docs/annual-follow-up.md:\(file.line): a file name outside the directory: \(file.name)")
        }
    }

    @Test func guideRunsAndTheAnnualSummaryShowsItsFigures() async throws {
        let guide = try Guide.load(Self.guidePath)
        let box = try await Sandbox(initialise: false)
        for file in guide.files {
            try box.write(file.name, file.contents)
        }
        for command in guide.commands {
            let result = try await Self.shell(command.text, in: box.directory)
            try #require(result.exitCode == 0, """
                docs/annual-follow-up.md:\(command.line): exit \(result.exitCode)
                $ \(command.text)
                --- stdout:
                \(result.stdout)--- stderr:
                \(result.stderr)
                """)
        }

        let report = try String(contentsOf: box.directory.appendingPathComponent("arlig-uppfoljning-2024.md"), encoding: .utf8)
        // The published shape, in this order: the parts inside their samarbetsområde, the
        // appendix last.
        let headings = ["# Årlig uppföljning 2024", "## Samverkansnämnden", "## Sjukvårdsregional samverkan",
                        "### Ledning och styrning", "### Kunskapsstyrning",
                        "### Långsiktig och hållbar arbetsfördelning", "#### Arbetsfördelning",
                        "### Effektiva processer", "#### Remisser", "## Högspecialiserad vård",
                        "## Universitetssjukvård", "## Vård enligt regionavtalet", "## Avtalsmodell",
                        "## Sjukvårdsregionala systemmått", "## Tabeller och diagram"]
        var searchFrom = report.startIndex
        for heading in headings {
            let found = report.range(of: "\n\(heading)\n", range: searchFrom..<report.endIndex)
                ?? (report.hasPrefix("\(heading)\n") ? report.range(of: heading) : nil)
            #expect(found != nil, "the annual summary lacks the heading \(heading), or it is out of order")
            if let found { searchFrom = found.lowerBound }
        }
        // What the guide's "Vad du ska se" promises, from its own example data.
        let promised = [
            "Sekretess: Sekretessmarkerade uppgifter ingår inte",
            "Under 2024 fattade Samverkansnämnden 4 beslut, tog emot 1 återrapporteringar och informerades i 1 ärenden.",
            "| Yttrande över remiss Reviderat riksavtal för utomlänsvård | RÖ 2024–6246 |",
            "Ordförande: Region Kalmar län.",
            // The regions decided in 2025: at the end of 2024 all three are still pending.
            "| 2024-12-13 | SVN | Gemensam rutin för överflyttning av patienter mellan regionerna (exempel) | Pågående | Pågående | Pågående |",
            "Vid årets slut hade sjukvårdsregionen 26 regionala programområden (RPO), 4 regionala samverkansgrupper (RSG) och 4 kunskapsråd, och värdskap för 4 nationella programområden (NPO).",
            "1 beslut under 2024 hör till området.",
            "| 2024-12-13 | Samverkansnämnden | § 70 | Priser och ersättningar för Sydöstra sjukvårdsregionen 2025 (exempel) | Beslut |",
            "| 2024-06 | Regionsjukvårdsledningen | – | Inriktning för de regionala programområdena 2025 (exempel) | Beslut |",
            "Under 2024 besvarades 2 remisser gemensamt för Sydöstra sjukvårdsregionen.",
            "Metod: Ett gemensamt remissvar räknas som besvarat den dag det skickades",
            "Per 2024-12-31 innehas 8, 2 kvar till målets nedre gräns.",
            "### Diagram 1: Innehavda tillstånd vid årets slut, RÖ",
            "Per 2024-12-31 fanns 5 universitetssjukvårdsenheter (RÖ 3, RJL 1, RKL 1), mot 3 vid utgången av 2023. Under 2024 utsågs 2 nya.",
            "| RJL | Första besök | 4 800 | 3 700 | 77 % | 5 000 | 4 100 | 82 % |",
            "| RPO Infektionssjukdomar | 1 |",
            "| **Summa** | – | – | – | – | **13 580** |",
            "| RÖ | 12 240 | 90 % |",
            // RÖ as performing region: fixed 378 026 + 311 279 tkr, variable outcome 212 300 +
            // 158 900 tkr against the budget 200 178 + 163 782 tkr, in mnkr.
            "| RÖ | Summa | 689,3 | 371,2 | 364,0 | 1 060,5 | 1 053,3 | 101 % |",
            "| RÖ | 371,2 | 364,0 | 102 % | 1 060,5 | 1 053,3 | 101 % |",
            "| **Sydöstra sjukvårdsregionen** | **Summa** | **754,1** | **412,0** | **406,4** | **1 166,1** | **1 160,5** | **100 %** |",
            "| RÖ | Akut | – | – | – | 101,5 |",
            "| 68 % | 72 % | 75 % | 63 % | 80 % | ▲ Bättre | ▲ Bättre | ▲ Bättre |",
            "Arbetet med **gemensam planering** fortsatte enligt överenskommelsen (exempeltext).",
        ]
        for text in promised {
            #expect(report.contains(text), "the annual summary should contain «\(text)»")
        }
        // The guide's prose, line breaks read as spaces.
        let guideText = try String(contentsOf: Self.guidePath, encoding: .utf8)
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        for figure in ["4 beslut", "Ordförande: Region Kalmar län.", "26 regionala programområden (RPO)",
                       "1 beslut under 2024 hör till området.", "`2024-06`",
                       "Under 2024 besvarades 2 remisser gemensamt", "innehas 8", "RÖ 3, RJL 1, RKL 1", "90 %", "689,3",
                       "371,2", "364,0", "102 %", "1 060,5", "1 166,1", "101,5", "68 %", "63 %",
                       "Samverkansnämnden 1 beslut, tog emot 0", "besvarades 1 remiss gemensamt"] {
            #expect(guideText.contains(figure), "the guide should tell the secretary to expect \(figure)")
        }
        // The confidential decision is in the internal report only.
        #expect(!report.contains("§ 75") && !report.contains("säkerhetsskydd"), "a confidential decision reached the public report")
        let internalReport = try String(contentsOf: box.directory.appendingPathComponent("intern-arlig-uppfoljning-2024.md"), encoding: .utf8)
        #expect(internalReport.contains("Information om säkerhetsskydd vid US (exempel)"))
        #expect(internalReport.contains("ej för publicering"))

        // The report quotes the head the trail has now.
        let head = try await Self.shell("samreg audit head", in: box.directory)
        #expect(head.exitCode == 0, "samreg audit head: \(head.stderr)")
        let headLine = head.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(headLine.hasPrefix("samreg-audit ") && report.contains("Granskningslogg: \(headLine)"),
                "the annual summary should quote the head \(headLine)")

        // Every format the guide exports was written.
        let html = try String(contentsOf: box.directory.appendingPathComponent("arlig-uppfoljning-2024.html"), encoding: .utf8)
        #expect(html.contains("Årlig uppföljning 2024") && html.contains("<svg"))
        let excel = try Data(contentsOf: box.directory.appendingPathComponent("arlig-uppfoljning-2024-excel.csv"))
        #expect(excel.starts(with: [0xEF, 0xBB, 0xBF]), "csv-excel should start with a byte-order mark")
        #expect(String(decoding: excel, as: UTF8.self).contains("avtalsmodell;avtalsmodell;3;fast;689,305\r\n"),
                "csv-excel should carry RÖ's fixed part with a decimal comma, as the guide says")
        let json = try Data(contentsOf: box.directory.appendingPathComponent("arlig-uppfoljning-2024.json"))
        #expect((try? JSONSerialization.jsonObject(with: json)) != nil, "the JSON export should parse")
        // As of 2024-10-31: only § 51 and the riksavtal answer had happened.
        let october = try String(contentsOf: box.directory.appendingPathComponent("arlig-uppfoljning-2024-per-oktober.md"), encoding: .utf8)
        for text in ["Underlag: samreg, uppgifter registrerade per 2024-10-31",
                     "Under 2024 fattade Samverkansnämnden 1 beslut, tog emot 0 återrapporteringar och informerades i 0 ärenden.",
                     "Under 2024 besvarades 1 remiss gemensamt för Sydöstra sjukvårdsregionen."] {
            #expect(october.contains(text), "the summary as of 2024-10-31 should contain «\(text)»")
        }
        #expect(!october.contains("§ 70") && !october.contains("sepsis"), "the summary as of 2024-10-31 counts December")
        let tkr = try String(contentsOf: box.directory.appendingPathComponent("arlig-uppfoljning-2024-tkr.md"), encoding: .utf8)
        #expect(tkr.contains("689 305"), "with --unit tkr, RÖ's fixed part is 689 305 tkr")
    }

    // MARK: - Reading the guide

    struct Guide {
        struct Command { let line: Int; let text: String }
        struct File { let line: Int; let name: String; let contents: String }
        var commands: [Command] = []
        var files: [File] = []

        static func load(_ url: URL) throws -> Guide {
            try parse(String(contentsOf: url, encoding: .utf8))
        }

        /// Fenced blocks: ```sh holds commands (one a line, a trailing `\` continues it, blank
        /// lines and `#` comments skipped); ```LANG NAME holds the file NAME; other blocks are text.
        static func parse(_ text: String) throws -> Guide {
            var guide = Guide()
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var index = 0
            while index < lines.count {
                let line = lines[index]
                guard line.hasPrefix("```"), line.count > 3 else { index += 1; continue }
                let info = line.dropFirst(3).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
                let start = index + 1
                var end = start
                while end < lines.count, lines[end] != "```" { end += 1 }
                guard end < lines.count else {
                    throw GuideError(message: "docs/annual-follow-up.md:\(index + 1): a fenced block is not closed")
                }
                let body = Array(lines[start..<end])
                if info.first == "sh" {
                    var pending = ""
                    var pendingLine = 0
                    for (offset, raw) in body.enumerated() {
                        let trimmed = raw.trimmingCharacters(in: .whitespaces)
                        if pending.isEmpty, trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
                        if pending.isEmpty { pendingLine = start + offset + 1 }
                        if raw.hasSuffix("\\") {
                            pending += raw.dropLast()
                        } else {
                            pending += raw
                            guide.commands.append(Command(line: pendingLine, text: pending))
                            pending = ""
                        }
                    }
                    if !pending.isEmpty {
                        throw GuideError(message: "docs/annual-follow-up.md:\(pendingLine): a command ends in a continuation")
                    }
                } else if info.count >= 2 {
                    guide.files.append(File(line: index + 1, name: info[1], contents: body.joined(separator: "\n") + "\n"))
                }
                index = end + 1
            }
            return guide
        }
    }

    struct GuideError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    // MARK: - Running a command as the guide's reader would

    /// Runs `command` with /bin/sh in `directory`, with the built samreg first on PATH and the
    /// guide's environment (no other SAMREG_ variable).
    static func shell(_ command: String, in directory: URL) async throws -> RunResult {
        var environment: [String: String?] = guideEnvironment
        let binDir = Samreg.executable.deletingLastPathComponent().path
        environment["PATH"] = binDir + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        return await Samreg.runProcess(URL(fileURLWithPath: "/bin/sh"), ["-c", command], in: directory, environment: environment)
    }
}
