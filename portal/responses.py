from django.utils.cache import add_never_cache_headers, patch_cache_control


def private(response):
    """Personal or confidential: never stored by a browser or proxy, never indexed (confidentiality rule 3)."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response
