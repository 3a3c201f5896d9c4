"""Sales and finance vocabulary in free text."""

from __future__ import annotations

from matcha.ai.embedded.skills import find_skills


def test_sales_words() -> None:
    found = find_skills(
        "Full-cycle sales of a scheduling app: cold calls, discovery calls, MEDDPICC, "
        "pipeline generation in Salesforce CPQ, 118% of quota; President's Club 2024."
    )
    assert found == [
        "Full-Cycle Sales", "Cold Calling", "Discovery Calls", "MEDDIC", "Pipeline Management",
        "Salesforce CPQ", "Quota Attainment",
    ]  # fmt: skip


def test_selling_words() -> None:
    found = find_skills(
        "Outbound prospecting into enterprise accounts; objection handling, upselling, "
        "RFP responses."
    )
    assert found == [
        "Prospecting", "Enterprise Sales", "Objection Handling", "Upselling", "RFP Responses",
    ]  # fmt: skip


def test_finance_words() -> None:
    found = find_skills(
        "Built the three-statement model and the annual operating plan; budget-to-actual "
        "commentary, cash forecasting, revenue recognition under ASC 606, Oracle NetSuite."
    )
    assert found == [
        "Three-Statement Model", "Budgeting", "Variance Analysis", "Cash Flow Management",
        "Revenue Recognition", "NetSuite",
    ]  # fmt: skip


def test_planning_tools() -> None:
    assert find_skills("Planful, Vena Solutions, Oracle EPM and Jedox") == [
        "Planful", "Vena", "Hyperion", "Jedox",
    ]  # fmt: skip


def test_words_that_are_not_skills_here() -> None:
    text = "a pigment in the paint; the vena cava; outreach to schools; a gong; buffer stock"
    assert find_skills(text) == []


def test_accounting_phrasings_keep_their_own_names() -> None:
    found = find_skills(
        "Monthly management accounts, bank reconciliations, VAT returns, standard costing, "
        "a DCF and a three-statement model in Sage 200; ACMA."
    )
    assert found == [
        "Management Accounts", "Bank Reconciliations", "VAT", "Standard Costing", "DCF",
        "Three-Statement Model", "Sage", "CIMA",
    ]  # fmt: skip


def test_scenario_planning_and_scenario_analysis_are_told_apart() -> None:
    assert find_skills("scenario planning") == ["Scenario Planning"]
    assert find_skills("Scenario and sensitivity models") == ["Scenario Analysis"]
