"""Every workflow rule and every illegal transition: a German error, and nothing changed."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError

from committees import services
from committees.models import AgendaItem, Consultation, Implementation, Meeting, Paper, PaperEvent

pytestmark = pytest.mark.django_db
BERLIN = ZoneInfo("Europe/Berlin")
R, Role, S = Consultation.Result, Consultation.Role, Paper.Status


def at(day):
    return datetime.combine(day, time(17), tzinfo=BERLIN)


@pytest.fixture
def meetings(orgs):
    return {
        short: Meeting.objects.create(organization=orgs[short], start=at(day), is_public=orgs[short].meets_in_public)
        for short, day in [("AWS", date(2030, 2, 1)), ("KA", date(2030, 2, 10)), ("KT", date(2030, 2, 20))]
    }


@pytest.fixture
def paper(orgs, strategie):
    return services.paper_create(
        user=strategie,
        name="Neue Vorlage für den Test",
        originator=orgs["A.41"],
        prepared_by=orgs["A.41"],
        date=date(2030, 1, 15),
        resolution_proposal="Der Kreistag beschließt die Test-Vorlage.",
        participating_units=[orgs["A"], orgs["FD 20"]],
    )


def with_beratungsfolge(paper, orgs, meetings, user):
    services.paper_add_consultation(
        paper=paper, organization=orgs["AWS"], role=Role.PRELIMINARY, meeting=meetings["AWS"], user=user
    )
    services.paper_add_consultation(
        paper=paper, organization=orgs["KA"], role=Role.PRELIMINARY, meeting=meetings["KA"], user=user
    )
    services.paper_add_consultation(
        paper=paper, organization=orgs["KT"], role=Role.DECISION, meeting=meetings["KT"], user=user
    )
    return list(paper.consultations.order_by("order"))


def released(paper, orgs, meetings, user):
    consultations = with_beratungsfolge(paper, orgs, meetings, user)
    services.paper_submit_for_signoff(paper=paper, user=user)
    services.paper_sign_off(paper=paper, unit=orgs["A"], user=user)
    services.paper_sign_off(paper=paper, unit=orgs["FD 20"], user=user)
    services.paper_release(paper=paper, approval=Paper.Approval.DEPUTY, user=user)
    for meeting in meetings.values():
        Meeting.objects.filter(pk=meeting.pk).update(state=Meeting.State.HELD)
    return consultations


def assert_unchanged(paper, expected_status):
    paper.refresh_from_db()
    assert paper.status == expected_status


def test_full_path_from_draft_to_done_is_logged_with_user(paper, orgs, meetings, strategie):
    aws, ka, kt = released(paper, orgs, meetings, strategie)
    paper.refresh_from_db()
    assert paper.status == S.RELEASED
    assert paper.number_label == f"{paper.number}/2030"
    assert paper.get_approval_display() == "Landrat, in Vertretung"
    services.consultation_record_result(consultation=aws, result=R.ACCEPTED, is_unanimous=True, user=strategie)
    assert_unchanged(paper, S.IN_CONSULTATION)
    services.consultation_record_result(consultation=ka, result=R.ACCEPTED, is_unanimous=True, user=strategie)
    assert_unchanged(paper, S.IN_CONSULTATION)
    services.consultation_record_result(
        consultation=kt, result=R.AMENDED, amended_text="Mit Änderung.", votes_yes=40, votes_no=2, user=strategie
    )
    assert_unchanged(paper, S.DECIDED)
    implementation = services.paper_start_implementation(
        paper=paper, responsible_unit=orgs["A"], due_date=date(2030, 6, 30), user=strategie
    )
    assert_unchanged(paper, S.IN_EXECUTION)
    services.implementation_add_note(implementation=implementation, text="Begonnen.", progress=30, user=strategie)
    implementation.refresh_from_db()
    assert (implementation.status, implementation.progress) == (Implementation.Status.IN_PROGRESS, 30)
    services.paper_complete(paper=paper, user=strategie)
    assert_unchanged(paper, S.DONE)
    events = list(PaperEvent.objects.filter(paper=paper))
    assert all(e.user == strategie and e.created_at for e in events)
    assert [e.to_status for e in events if e.to_status] == [
        S.DRAFT,
        S.SIGNOFF,
        S.RELEASED,
        S.IN_CONSULTATION,
        S.DECIDED,
        S.IN_EXECUTION,
        S.DONE,
    ]
    assert [i.label for i in AgendaItem.objects.filter(consultation__paper=paper).order_by("meeting__start")] == [
        "Ö 1",
        "N 1",
        "Ö 1",
    ]


def test_deciding_body_rejection_is_the_outcome(paper, orgs, meetings, strategie):
    aws, ka, kt = released(paper, orgs, meetings, strategie)
    services.consultation_record_result(consultation=aws, result=R.ACCEPTED, user=strategie)
    services.consultation_record_result(consultation=ka, result=R.REJECTED, user=strategie)
    assert_unchanged(paper, S.IN_CONSULTATION)  # a recommendation, not the outcome
    services.consultation_record_result(consultation=kt, result=R.REJECTED, user=strategie)
    assert_unchanged(paper, S.REJECTED)


def test_submit_needs_beratungsfolge_and_proposal(paper, orgs, strategie):
    with pytest.raises(ValidationError, match="Beratungsfolge"):
        services.paper_submit_for_signoff(paper=paper, user=strategie)
    assert_unchanged(paper, S.DRAFT)
    Paper.objects.filter(pk=paper.pk).update(resolution_proposal="")
    services.paper_add_consultation(paper=paper, organization=orgs["KT"], role=Role.DECISION, user=strategie)
    with pytest.raises(ValidationError, match="Beschlussvorschlag"):
        services.paper_submit_for_signoff(paper=paper, user=strategie)
    assert_unchanged(paper, S.DRAFT)


def test_release_needs_every_sign_off_and_assigns_no_number_before(paper, orgs, meetings, strategie):
    with_beratungsfolge(paper, orgs, meetings, strategie)
    with pytest.raises(ValidationError, match="Mitzeichnung"):
        services.paper_release(paper=paper, approval=Paper.Approval.HEAD, user=strategie)
    services.paper_submit_for_signoff(paper=paper, user=strategie)
    services.paper_sign_off(paper=paper, unit=orgs["A"], user=strategie)
    with pytest.raises(ValidationError, match="Es fehlt noch die Mitzeichnung von: FD 20"):
        services.paper_release(paper=paper, approval=Paper.Approval.HEAD, user=strategie)
    paper.refresh_from_db()
    assert (paper.status, paper.number) == (S.SIGNOFF, None)
    with pytest.raises(ValidationError, match="bereits mitgezeichnet"):
        services.paper_sign_off(paper=paper, unit=orgs["A"], user=strategie)
    with pytest.raises(ValidationError, match="nicht beteiligt"):
        services.paper_sign_off(paper=paper, unit=orgs["A.41"], user=strategie)
    services.paper_sign_off(paper=paper, unit=orgs["FD 20"], user=strategie)
    with pytest.raises(ValidationError, match="Sichtvermerk"):
        services.paper_release(paper=paper, approval="buergermeister", user=strategie)
    assert_unchanged(paper, S.SIGNOFF)


def test_sign_off_only_during_mitzeichnung(paper, orgs, strategie):
    with pytest.raises(ValidationError, match="nur in der Mitzeichnung"):
        services.paper_sign_off(paper=paper, unit=orgs["A"], user=strategie)
    assert not paper.sign_offs.filter(signed_at__isnull=False).exists()


def test_result_needs_a_held_meeting(paper, orgs, meetings, strategie):
    aws, *_ = released(paper, orgs, meetings, strategie)
    Meeting.objects.filter(pk=meetings["AWS"].pk).update(state=Meeting.State.INVITED)
    with pytest.raises(ValidationError, match="Sitzung stattgefunden"):
        services.consultation_record_result(consultation=aws, result=R.ACCEPTED, user=strategie)
    aws.refresh_from_db()
    assert aws.result == ""
    assert_unchanged(paper, S.RELEASED)


def test_results_in_order_only(paper, orgs, meetings, strategie):
    aws, ka, kt = released(paper, orgs, meetings, strategie)
    with pytest.raises(ValidationError, match="vorherigen Beratung"):
        services.consultation_record_result(consultation=kt, result=R.ACCEPTED, user=strategie)
    kt.refresh_from_db()
    assert kt.result == ""
    assert_unchanged(paper, S.RELEASED)


def test_amended_needs_the_amended_text(paper, orgs, meetings, strategie):
    aws, *_ = released(paper, orgs, meetings, strategie)
    with pytest.raises(ValidationError) as exc:
        services.consultation_record_result(consultation=aws, result=R.AMENDED, amended_text="  ", user=strategie)
    assert "geänderter Beschlusstext" in str(exc.value)
    aws.refresh_from_db()
    assert aws.result == ""


def test_result_only_once_and_not_for_a_draft(paper, orgs, meetings, strategie):
    consultations = with_beratungsfolge(paper, orgs, meetings, strategie)
    with pytest.raises(ValidationError, match="freigegebene"):
        services.consultation_record_result(consultation=consultations[0], result=R.ACCEPTED, user=strategie)
    services.paper_submit_for_signoff(paper=paper, user=strategie)
    services.paper_sign_off(paper=paper, unit=orgs["A"], user=strategie)
    services.paper_sign_off(paper=paper, unit=orgs["FD 20"], user=strategie)
    services.paper_release(paper=paper, approval=Paper.Approval.HEAD, user=strategie)
    Meeting.objects.filter(pk=meetings["AWS"].pk).update(state=Meeting.State.HELD)
    services.consultation_record_result(consultation=consultations[0], result=R.ACCEPTED, user=strategie)
    with pytest.raises(ValidationError, match="bereits ein Ergebnis"):
        services.consultation_record_result(consultation=consultations[0], result=R.REJECTED, user=strategie)
    consultations[0].refresh_from_db()
    assert consultations[0].result == R.ACCEPTED


def test_vertagt_moves_to_a_later_meeting(paper, orgs, meetings, strategie):
    aws, *_ = released(paper, orgs, meetings, strategie)
    with pytest.raises(ValidationError, match="Vertagen"):
        services.consultation_record_result(consultation=aws, result=R.POSTPONED, user=strategie)
    earlier = Meeting.objects.create(organization=orgs["AWS"], start=at(date(2030, 1, 20)))
    with pytest.raises(ValidationError, match="spätere Sitzung"):
        services.consultation_postpone(consultation=aws, to_meeting=earlier, user=strategie)
    later = Meeting.objects.create(organization=orgs["AWS"], start=at(date(2030, 3, 1)))
    services.consultation_postpone(consultation=aws, to_meeting=later, user=strategie)
    aws.refresh_from_db()
    assert aws.meeting == later and aws.result == ""
    assert AgendaItem.objects.get(consultation=aws).meeting == later
    assert PaperEvent.objects.filter(paper=paper, action="vertagt", user=strategie).exists()


def test_postpone_to_another_committee_is_refused(paper, orgs, meetings, strategie):
    aws, *_ = released(paper, orgs, meetings, strategie)
    other = Meeting.objects.create(organization=orgs["KT"], start=at(date(2030, 3, 1)))
    with pytest.raises(ValidationError, match="gehört nicht zum Gremium"):
        services.consultation_postpone(consultation=aws, to_meeting=other, user=strategie)
    aws.refresh_from_db()
    assert aws.meeting == meetings["AWS"]


def test_schedule_must_follow_the_previous_consultation(paper, orgs, meetings, strategie):
    services.paper_add_consultation(
        paper=paper, organization=orgs["AWS"], role=Role.PRELIMINARY, meeting=meetings["AWS"], user=strategie
    )
    early_kt = Meeting.objects.create(organization=orgs["KT"], start=at(date(2030, 1, 5)))
    with pytest.raises(ValidationError, match="nach der vorherigen Beratung"):
        services.paper_add_consultation(
            paper=paper, organization=orgs["KT"], role=Role.DECISION, meeting=early_kt, user=strategie
        )
    assert paper.consultations.count() == 1  # the transaction took the half-made consultation back


def test_nothing_after_the_decision_and_no_unit_as_committee(paper, orgs, strategie):
    services.paper_add_consultation(paper=paper, organization=orgs["KT"], role=Role.DECISION, user=strategie)
    with pytest.raises(ValidationError, match="endet mit der Entscheidung"):
        services.paper_add_consultation(paper=paper, organization=orgs["AWS"], role=Role.PRELIMINARY, user=strategie)
    with pytest.raises(ValidationError, match="Verwaltungseinheit"):
        services.paper_add_consultation(paper=paper, organization=orgs["A"], role=Role.PRELIMINARY, user=strategie)
    assert paper.consultations.count() == 1


def test_kreisausschuss_consultation_defaults_to_non_public(paper, orgs, meetings, strategie):
    consultations = with_beratungsfolge(paper, orgs, meetings, strategie)
    assert [c.is_public for c in consultations] == [True, False, True]


def test_notice_is_taken_note_of(orgs, strategie):
    paper = services.paper_create(
        user=strategie,
        name="Mitteilung",
        kind=Paper.Kind.NOTICE,
        originator=orgs["A.41"],
        prepared_by=orgs["A.41"],
        date=date(2030, 1, 1),
    )
    meeting = Meeting.objects.create(organization=orgs["AWS"], start=at(date(2030, 2, 1)))
    consultation = services.paper_add_consultation(
        paper=paper, organization=orgs["AWS"], role=Role.NOTICE, meeting=meeting, user=strategie
    )
    services.paper_submit_for_signoff(paper=paper, user=strategie)
    services.paper_release(paper=paper, approval=Paper.Approval.HEAD, user=strategie)
    Meeting.objects.filter(pk=meeting.pk).update(state=Meeting.State.HELD)
    with pytest.raises(ValidationError, match="zur Kenntnis genommen"):
        services.consultation_record_result(consultation=consultation, result=R.ACCEPTED, user=strategie)
    services.consultation_record_result(consultation=consultation, result=R.NOTED, user=strategie)
    assert_unchanged(paper, S.NOTED)


def test_implementation_and_completion_only_in_order(paper, orgs, strategie):
    with pytest.raises(ValidationError, match="nur ein Beschluss"):
        services.paper_start_implementation(
            paper=paper, responsible_unit=orgs["A"], due_date=date(2030, 1, 1), user=strategie
        )
    with pytest.raises(ValidationError, match="Erledigt werden"):
        services.paper_complete(paper=paper, user=strategie)
    assert_unchanged(paper, S.DRAFT)
    assert not Implementation.objects.filter(paper=paper).exists()


def test_meeting_states(orgs, strategie):
    meeting = Meeting.objects.create(organization=orgs["AWS"], start=at(date(2030, 2, 1)))
    with pytest.raises(ValidationError, match="kann nicht"):
        services.meeting_set_state(meeting=meeting, state=Meeting.State.HELD, user=strategie)
    services.meeting_set_state(meeting=meeting, state=Meeting.State.INVITED, user=strategie)
    services.meeting_set_state(meeting=meeting, state=Meeting.State.HELD, user=strategie)
    with pytest.raises(ValidationError):
        services.meeting_set_state(meeting=meeting, state=Meeting.State.CANCELLED, user=strategie)
    meeting.refresh_from_db()
    assert meeting.state == Meeting.State.HELD


def test_agenda_numbering_public_and_non_public(orgs, strategie):
    meeting = Meeting.objects.create(organization=orgs["AWS"], start=at(date(2030, 2, 1)))
    labels = [
        services.agenda_item_add(meeting=meeting, name=f"Punkt {i}", is_public=public, user=strategie).label
        for i, public in enumerate([True, True, False, True, False])
    ]
    assert labels == ["Ö 1", "Ö 2", "N 1", "Ö 3", "N 2"]
    closed = Meeting.objects.create(organization=orgs["KA"], start=at(date(2030, 2, 2)), is_public=False)
    with pytest.raises(ValidationError, match="öffentlich"):
        services.agenda_item_add(meeting=closed, name="Öffentlich?", is_public=True, user=strategie)


def test_demo_is_idempotent_and_matches_the_drucksache(seed_paper, orgs):
    from committees import demo as committees_demo
    from committees.models import Consultation as C

    counts = (Paper.history.count(), C.history.count(), PaperEvent.objects.count(), AgendaItem.objects.count())
    committees_demo.load()
    assert counts == (Paper.history.count(), C.history.count(), PaperEvent.objects.count(), AgendaItem.objects.count())
    assert seed_paper.reference == "A.41 - 10.14.01/04"
    assert seed_paper.date == date(2024, 8, 13)
    assert seed_paper.originator.name == "Assistenz, Strategie und Kommunikation"
    assert seed_paper.get_un_crpd_check_display() == "entfällt"
    assert seed_paper.get_approval_display() == "Landrat, in Vertretung"
    assert [s.unit.short_name for s in seed_paper.sign_offs.all()] == ["A"]
    assert seed_paper.goals.count() == 3
    steps = [
        (c.organization.short_name, timezone_day(c.meeting.start), c.is_public, c.result, c.is_unanimous)
        for c in seed_paper.consultations.order_by("order")
    ]
    assert steps == [
        ("AWS", "22.08.2024", True, "angenommen", True),
        ("KA", "06.09.2024", False, "angenommen", True),
        ("KT", "18.09.2024", True, "angenommen", True),
    ]
    assert not orgs["KA"].meets_in_public
    assert Paper.objects.filter(status=S.SIGNOFF).exists()
    assert any(i.is_overdue for i in Implementation.objects.all())


def timezone_day(value):
    from django.utils import timezone

    return timezone.localtime(value).strftime("%d.%m.%Y")


def test_participants_only_in_draft_and_once(paper, orgs, meetings, strategie):
    with pytest.raises(ValidationError, match="bereits beteiligt"):
        services.paper_add_participant(paper=paper, unit=orgs["A"], user=strategie)
    services.paper_add_participant(paper=paper, unit=orgs["A.41"], user=strategie)
    assert paper.sign_offs.count() == 3
    with_beratungsfolge(paper, orgs, meetings, strategie)
    services.paper_submit_for_signoff(paper=paper, user=strategie)
    other = orgs["A.41"].__class__.objects.create(name="Kämmerei (Test)", short_name="FD 99", kind="verwaltung")
    with pytest.raises(ValidationError, match="nur im Entwurf"):
        services.paper_add_participant(paper=paper, unit=other, user=strategie)
    assert paper.sign_offs.count() == 3


def test_participant_added_through_the_paper_page(client_for, draft_paper, orgs):
    from django.urls import reverse

    client = client_for("strategie")
    page = client.get(reverse("committees:paper_detail", args=[draft_paper.pk])).text
    assert "Stelle beteiligen" in page
    client.post(reverse("committees:paper_action", args=[draft_paper.pk, "beteiligen"]), {"unit": orgs["A"].pk})
    assert list(draft_paper.sign_offs.values_list("unit__short_name", flat=True)) == ["A"]
    response = client.post(
        reverse("committees:paper_action", args=[draft_paper.pk, "beteiligen"]), {"unit": orgs["A"].pk}, follow=True
    )
    assert "„A“ ist bereits beteiligt." in response.text
    assert draft_paper.sign_offs.count() == 1
