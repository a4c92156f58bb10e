<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "partials/index.ftl" as idx>
<@layout.page title=content.title kind="index">
<@idx.body root=content.rootpath!"" label="Names">
<p class="intro">People, organisations, places, events and works named in the transcripts more than once, each with the transcripts that name them. A name said only once is shown on its question page.</p>
</@idx.body>
</@layout.page>
