<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#-- GitHub Pages serves this page at any missing address, at any depth: links must be absolute when the base
     URL is known, and relative to the root otherwise. -->
<#assign root = config.site_host?has_content?then(config.site_host?ensure_ends_with("/"), "")>
<@layout.page title="Page not found" root=root kind="not-found">
<h1>Page not found</h1>
<p>There is no page at this address. It may have been mistyped, or the transcript it belonged to was renamed.</p>
<p><a href="${root}index.html">See all interviews</a></p>
</@layout.page>
