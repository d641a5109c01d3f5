"""The course overview for the /training/ page (TrainingIndexPage), used by its template."""

from django import template

from training.progress import course_overview

register = template.Library()


@register.simple_tag(takes_context=True)
def training_overview(context, course):
    request = context["request"]
    return course_overview(course, request.user) if request.user.is_authenticated else None
