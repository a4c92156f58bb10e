<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#-- GitHub Pages serves this page at any missing address, at any depth: when the base URL is known, links start at
     its path (/repo/), which works on the published host and on a local server under the same path; without it they
     are relative to the root. -->
<#assign root = config.site_base_path!"">
<@layout.page title="Page not found" root=root kind="not-found">
<h1>Page not found</h1>
<p>There is no page at this address. It may have been mistyped, or the transcript it belonged to was renamed.</p>
<p><a href="${root}index.html">See all interviews</a></p>
</@layout.page>
