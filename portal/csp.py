from csp.middleware import CSPMiddleware

# Wagtail's admin still relies on inline scripts and styles (wagtail/wagtail#1288), so /admin/ gets a looser policy.
# The public site keeps the strict one from settings.
ADMIN_POLICY_RELAXATIONS = {
    "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
}


class PortalCSPMiddleware(CSPMiddleware):
    def process_response(self, request, response):
        if request.path.startswith("/admin/"):
            response._csp_replace = ADMIN_POLICY_RELAXATIONS
        return super().process_response(request, response)
