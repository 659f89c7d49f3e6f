#pragma once

#include <QWebEngineUrlRequestInterceptor>

// Sees every request a page makes (sub-resources, frames, fetches), which
// acceptNavigationRequest does not: anything that is not the kiosk's own
// content scheme is blocked before it leaves the renderer.
class ContentRequestGuard final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit ContentRequestGuard(QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
};
