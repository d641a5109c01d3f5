"""Quiz marking, on the server only: the quiz form carries choice ids, never which choices are right.

`submit_quiz` is the one way an attempt is recorded; a first pass also records CPD once and may issue the
certificate.
"""

from django import forms
from django.db import transaction
from django.utils import timezone

from members.cpd import record_cpd_activity
from training import certificates
from training.models import ModuleProgress, QuizAttempt, QuizQuestion
from training.progress import attempts_used


class QuizClosed(Exception):
    """No attempts left, or the module is already passed."""


def field_name(question):
    return f"question_{question.pk}"


class QuizForm(forms.Form):
    """One field per question: radio buttons for one answer, checkboxes for "tick all that apply"."""

    def __init__(self, *args, questions, **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for number, question in enumerate(self.questions, start=1):
            choices = [(choice.id, choice.value["text"]) for choice in question.choices]
            label = f"{number}. {question.text}"
            if question.kind == QuizQuestion.MULTIPLE:
                self.fields[field_name(question)] = forms.MultipleChoiceField(
                    label=label,
                    choices=choices,
                    widget=forms.CheckboxSelectMultiple,
                    help_text="Tick all that apply.",
                    error_messages={"required": "Tick at least one answer."},
                )
            else:
                self.fields[field_name(question)] = forms.ChoiceField(
                    label=label,
                    choices=choices,
                    widget=forms.RadioSelect,
                    error_messages={"required": "Choose an answer."},
                )

    def answers(self):
        """{question pk: set of chosen choice ids}."""
        chosen = {}
        for question in self.questions:
            value = self.cleaned_data[field_name(question)]
            chosen[question.pk] = set(value) if isinstance(value, list) else {value}
        return chosen


def mark(questions, answers):
    """Per question: what was chosen and whether it was exactly the set of correct choices."""
    results = []
    for question in questions:
        chosen = answers.get(question.pk, set())
        results.append(
            {"question": question.pk, "chosen": sorted(chosen), "correct": chosen == question.correct_choice_ids()}
        )
    return results


def submit_quiz(user, module, answers) -> QuizAttempt:
    questions = list(module.questions.all())
    with transaction.atomic():
        progress, _ = ModuleProgress.objects.select_for_update().get_or_create(user=user, module=module)
        if progress.is_passed:
            raise QuizClosed("You have already passed this module.")
        if module.attempt_limit and attempts_used(module, user) >= module.attempt_limit:
            raise QuizClosed("You have used all your attempts at this quiz.")
        results = mark(questions, answers)
        score = sum(1 for result in results if result["correct"])
        total = len(results)
        percent = round(100 * score / total) if total else 0
        passed = total > 0 and percent >= module.pass_mark
        attempt = QuizAttempt.objects.create(
            user=user, module=module, score=score, total=total, percent=percent, passed=passed, results=results
        )
        progress.last_activity_at = timezone.now()
        if passed:
            progress.passed_at = attempt.submitted_at
        progress.save()
        if passed:
            record_module_cpd(user, module, attempt.submitted_at.date())
            certificates.issue_if_complete(user, module.get_parent().specific)
    return attempt


def record_module_cpd(user, module, date):
    """Passing a module is CPD; it is learning with other people only when the module is taught in a group."""
    return record_cpd_activity(
        user,
        source=module.cpd_source,
        title=f"Training module: {module.title}",
        activity_type="training" if module.taught_in_group else "e_learning",
        hours=module.duration_hours,
        date=date,
        competencies=list(module.competencies.all()),
        provider="Peer Support Portal training",
        participatory=module.taught_in_group,
    )
