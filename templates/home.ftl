<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "partials/listing.ftl" as listing>
<#assign root = content.rootpath!"">
<@layout.page title=content.title kind="home">
<h1>${content.heading}<#if (content.pager.page > 1)> <span class="muted">page ${content.pager.page} of ${content.pager.pages}</span></#if></h1>
<p class="intro">${content.intro} Every question has its own page, and every paragraph its own link: click the ¶ at its end to get it.</p>
<@listing.filters kinds=content.kinds by_speaker=content.by_speaker root=root/>
<p class="range">${content.total_text}<#if content.range_text?has_content>; ${content.range_text} on this page</#if>.</p>
<@listing.entries list=content.interviews root=root/>
<@listing.pager p=content.pager root=root/>
</@layout.page>
