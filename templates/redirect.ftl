<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#-- A question removed from its transcript: its old address still lands, on the passage that took its place. -->
<@layout.page title=content.title kind="redirect" refresh=content.target>
<h1>This question has moved</h1>
<p>The transcript was corrected and this question was removed or merged. Its words now stand at
<a href="${content.target}">${content.target}</a> in <a href="index.html">${content.interview.title}</a>.</p>
</@layout.page>
