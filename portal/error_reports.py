from django.views.debug import SafeExceptionReporterFilter


class NoFormDataExceptionReporterFilter(SafeExceptionReporterFilter):
    """Hide every submitted form value and local variable from error reports, not only those marked sensitive.

    Form answers here can reveal someone's health or identity (confidentiality rule 7), so no field is safe to show.
    Like Django's own filter, it stands aside when DEBUG is on, on a developer's machine.
    """

    def get_post_parameters(self, request):
        if request is None or not self.is_active(request):
            return super().get_post_parameters(request)
        return dict.fromkeys(request.POST, self.cleansed_substitute)

    def get_traceback_frame_variables(self, request, tb_frame):
        if not self.is_active(request):
            return super().get_traceback_frame_variables(request, tb_frame)
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]
