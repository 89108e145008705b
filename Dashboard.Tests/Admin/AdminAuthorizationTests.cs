using Dashboard.Tests.Support;
using Dashboard.Web.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Tests.Admin;

/// <summary>Admin authorization is routing metadata on every admin page and endpoint, decided before any handler runs.</summary>
public sealed class AdminAuthorizationTests
{
    [Fact]
    public void AdminEndpoints_AdminOn_AllButSignInRequireTheAdminPolicy()
    {
        using var factory = new AdminAppFactory();
        using (factory.CreateClient())
        {
        }

        var admin = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("admin", StringComparison.OrdinalIgnoreCase) == true)
            .ToList();

        Assert.True(admin.Count >= 5, "expected the admin pages and the status endpoint");
        foreach (var endpoint in admin)
        {
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            if (endpoint.RoutePattern.RawText!.TrimStart('/') == "admin/signin")
            {
                Assert.True(anonymous, "the sign-in page is public");
            }
            else
            {
                Assert.False(anonymous, endpoint.RoutePattern.RawText + " is open to anyone");
                Assert.Contains(AdminAuth.Policy, policies);
            }
        }
    }

    [Fact]
    public void AdminIndex_AdminOff_IsPublicAndSaysSo()
    {
        using var factory = new AdminAppFactory(token: null);
        using (factory.CreateClient())
        {
        }

        var index = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Single(e => e.Metadata.GetMetadata<PageActionDescriptor>()?.ViewEnginePath == "/Admin/Index");

        Assert.NotNull(index.Metadata.GetMetadata<IAllowAnonymous>());
    }
}
