from .navigation import navigation_items


def navigation(request):
    return {"main_navigation": navigation_items(request.path)}
