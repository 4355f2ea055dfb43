from django.urls import path

from . import views

urlpatterns = [
    path("", views.subscribe, name="alerts_subscribe"),
    path("sent/", views.sent, name="alerts_sent"),
    path("confirm/<str:token>/", views.confirm, name="alerts_confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="alerts_unsubscribe"),
]
